namespace SecurityDilemma.Experiments.Results;

/// <summary>What <c>dilemma summarize</c> reports: the sweep, how complete the database is, and every point.</summary>
public sealed record SweepSummary(
    string Sweep,
    long TotalRuns,
    long StoredRuns,
    bool Complete,
    IReadOnlyList<string> ParameterNames,
    IReadOnlyList<string> MetricNames,
    IReadOnlyList<PointSummary> Points);
