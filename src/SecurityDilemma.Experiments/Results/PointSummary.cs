namespace SecurityDilemma.Experiments.Results;

/// <summary>The summary of one sweep point: its parameter values, its stored runs, and each metric with its 95% CI.</summary>
public sealed record PointSummary(long PointId, IReadOnlyDictionary<string, object> Parameters, int Runs, IReadOnlyDictionary<string, MetricSummary> Metrics);
