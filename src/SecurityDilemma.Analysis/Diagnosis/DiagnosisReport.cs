using SecurityDilemma.Analysis.StageGames;

namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>The diagnosis of one run (docs/diagnosis.md).</summary>
public sealed record DiagnosisReport
{
    public required string Source { get; init; }

    public required string Scenario { get; init; }

    public required ulong Seed { get; init; }

    /// <summary>The lens the run was re-run under for the diagnosis, or null.</summary>
    public string? Lens { get; init; }

    /// <summary>Replicates behind the counterfactual aspects (seeds seed..seed+R-1).</summary>
    public required int Replications { get; init; }

    public required IReadOnlyList<AspectFinding> Aspects { get; init; }

    public required IReadOnlyList<ScholarFit> Fit { get; init; }

    /// <summary>The scholar(s) whose view the evidence fits best.</summary>
    public required IReadOnlyList<string> BestFit { get; init; }

    public required StageGameSummary StageGames { get; init; }
}
