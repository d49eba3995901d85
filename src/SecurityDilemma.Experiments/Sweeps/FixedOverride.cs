using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Experiments.Sweeps;

/// <summary>An override from the sweep's <c>set:</c> block, applied to every point; the position is for error messages.</summary>
public sealed record FixedOverride(ParameterOverride Override, int Line, int Column);
