namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>The diagnosis of a sweep database: per-point verdicts and, per aspect, the verdict across the sweep.</summary>
public sealed record SweepDiagnosisReport
{
    public required string Source { get; init; }

    public required string Sweep { get; init; }

    public required string ToolVersion { get; init; }

    public required int Replications { get; init; }

    public required IReadOnlyList<string> Parameters { get; init; }

    /// <summary>Each aspect's verdict across the sweep (the evidence says how the points voted).</summary>
    public required IReadOnlyList<AspectFinding> Aspects { get; init; }

    public required IReadOnlyList<ScholarFit> Fit { get; init; }

    public required IReadOnlyList<string> BestFit { get; init; }

    public required IReadOnlyList<SweepPointDiagnosis> Points { get; init; }
}
