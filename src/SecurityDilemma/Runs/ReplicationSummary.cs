using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Runs;

/// <summary>
/// Summarizes replications: each yes/no metric of <see cref="RunMetrics"/> becomes a rate with a
/// Wilson interval (war_occurred -> war_rate, tragic_war -> tragic_war_rate, preemptive_war ->
/// preemptive_war_rate); every other metric becomes a mean with a Student-t interval (runs where it is
/// undefined, e.g. first_war_year without a war, are left out and n says how many remain).
/// </summary>
public static class ReplicationSummary
{
    private static readonly Dictionary<string, string> Rates = new(StringComparer.Ordinal)
    {
        ["war_occurred"] = "war_rate",
        ["tragic_war"] = "tragic_war_rate",
        ["preemptive_war"] = "preemptive_war_rate",
    };

    /// <summary>Summary names in the order of <see cref="RunMetrics.Names"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. RunMetrics.Names.Select(n => Rates.GetValueOrDefault(n, n))];

    /// <summary>One estimate per metric, in the order of <see cref="Names"/>.</summary>
    public static IReadOnlyList<MetricEstimate> Summarize(IReadOnlyList<RunResult> runs, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var values = runs.Select(r => r.Metrics.ToArray()).ToArray();
        var result = new MetricEstimate[RunMetrics.Names.Count];
        for (var m = 0; m < result.Length; m++)
        {
            var column = values.Select(v => v[m]).ToArray();
            var name = RunMetrics.Names[m];
            result[m] = Rates.TryGetValue(name, out var rate)
                ? new MetricEstimate(rate, Estimate.Proportion(column.Count(x => x != 0), column.Length, level))
                : new MetricEstimate(name, Estimate.Mean(column, level));
        }

        return result;
    }
}
