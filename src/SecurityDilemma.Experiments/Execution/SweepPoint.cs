using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Experiments.Execution;

/// <summary>One point of a sweep: its id (index in the deterministic point list), its parameter values, and the scenario they give.</summary>
public sealed record SweepPoint(long Id, IReadOnlyList<string> Values, Scenario Scenario);
