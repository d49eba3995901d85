namespace SecurityDilemma.Experiments.Results;

/// <summary>One metric at one point: a proportion (Wilson interval) for yes/no metrics, else a mean (Student-t interval).</summary>
/// <param name="Kind">"proportion" or "mean".</param>
/// <param name="Value">The proportion or mean.</param>
/// <param name="Lower">Lower end of the 95% confidence interval (NaN with fewer than two runs for a mean).</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="N">Runs that contributed (a mean leaves out runs where the metric is undefined, e.g. no first war).</param>
public sealed record MetricSummary(string Kind, double Value, double Lower, double Upper, int N);
