using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Evidence;

/// <summary>
/// One run as the analyses see it: the scenario document it came from (so counterfactuals can change it), the
/// built scenario, the seed, its wars with the belligerents' true motives, its metrics, and its per-year series and
/// beliefs. Built either from a run directory (<see cref="RunDirectory"/>) or by simulating in memory.
/// </summary>
public sealed record RunEvidence
{
    /// <summary>Where the evidence came from, as named in reports (a directory, or "memory").</summary>
    public required string Source { get; init; }

    /// <summary>The scenario document after the run's overrides; counterfactuals apply their overrides to it.</summary>
    public required ScenarioDocument Document { get; init; }

    public required Scenario Scenario { get; init; }

    public required ulong Seed { get; init; }

    public required IReadOnlyList<WarRecord> Wars { get; init; }

    public required RunMetrics Metrics { get; init; }

    public required IReadOnlyList<StateYear> Series { get; init; }

    public required IReadOnlyList<TrustRow> Trust { get; init; }

    /// <summary>Simulates <paramref name="document"/> (its own seed unless <paramref name="seed"/> is given) and keeps everything.</summary>
    public static RunEvidence Simulate(ScenarioDocument document, ulong? seed = null, string source = "memory")
    {
        ArgumentNullException.ThrowIfNull(document);
        var scenario = document.Build();
        var s = seed ?? scenario.Seed;
        scenario = scenario with { Seed = s };
        var recorder = new EvidenceRecorder();
        var result = Simulation.Run(scenario, s, recorder);
        return new RunEvidence
        {
            Source = source,
            Document = document,
            Scenario = scenario,
            Seed = s,
            Wars = result.Wars,
            Metrics = result.Metrics,
            Series = recorder.Series,
            Trust = recorder.Beliefs,
        };
    }

    /// <summary>The index of the state called <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Scenario.States.Count; i++)
        {
            if (Scenario.States[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
