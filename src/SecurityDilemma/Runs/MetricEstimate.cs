using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Runs;

/// <summary>A metric over replications: its snake_case name (e.g. war_rate) and its mean with a 95% CI.</summary>
public sealed record MetricEstimate(string Name, Estimate Estimate);
