namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>One point of a sweep: its parameter values, war counts and the per-point verdicts (aspect key to verdict).</summary>
public sealed record SweepPointDiagnosis
{
    public required long PointId { get; init; }

    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    public required int Runs { get; init; }

    public required int WarRuns { get; init; }

    /// <summary>Runs with a war among security seekers only (null when the database does not keep tragic_war).</summary>
    public int? TragicWarRuns { get; init; }

    public double? MeanSpiralIndex { get; init; }

    public required IReadOnlyDictionary<string, string> Verdicts { get; init; }
}
