using BenchmarkDotNet.Attributes;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Reports.Runs;
using SecurityDilemma.Reports.Sweeps;

namespace SecurityDilemma.Bench.Reports;

/// <summary>
/// Time to draw and encode one figure (docs/performance.md, "Plots and reports"): the replication band of 1,000
/// replications of a 100-year, 2-state run (mean and 95% band per year), and the heatmap of a 10,000-point
/// (100 x 100) sweep, each rendered to PNG and to SVG. The target is under a second per figure.
/// </summary>
/// <remarks>dotnet run -c Release --project bench/SecurityDilemma.Bench -- --filter '*PlotBenchmarks*' --job short</remarks>
[MemoryDiagnoser]
public class PlotBenchmarks
{
    private const int Replications = 1000;
    private const int Years = 100;
    private const int Side = 100;
    private double[] years = [];
    private (string, double[][])[] groups = [];
    private SweepResults sweep = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        years = [.. Enumerable.Range(1, Years).Select(y => (double)y)];
        groups =
        [
            .. new[] { "Blue", "Red" }.Select(name => (name, Enumerable.Range(0, Replications)
                .Select(_ => years.Select(y => (10 * Math.Log(y)) + random.NextDouble()).ToArray()).ToArray())),
        ];

        var points = new List<PointSummary>(Side * Side);
        for (var i = 0; i < Side; i++)
        {
            for (var j = 0; j < Side; j++)
            {
                var rate = (double)(i * j) / (Side * Side);
                points.Add(new PointSummary(
                    points.Count,
                    new Dictionary<string, object> { ["technology.offense_defense_balance"] = 0.25 + (i * 0.02), ["technology.distinguishability"] = j / 99.0 },
                    100,
                    new Dictionary<string, MetricSummary> { ["war_occurred"] = new("proportion", rate, rate * 0.9, Math.Min(1, rate * 1.1), 100) }));
            }
        }

        sweep = new SweepResults("bench", new SweepSummary("bench", points.Count * 100L, points.Count * 100L, true, ["technology.offense_defense_balance", "technology.distinguishability"], ["war_occurred"], points));
    }

    [Benchmark]
    public int RunBand_1000x100_Png() => ReplicationBand.Build("band", "offense", years, groups).Png().Length;

    [Benchmark]
    public int RunBand_1000x100_Svg() => ReplicationBand.Build("band", "offense", years, groups).Svg().Length;

    [Benchmark]
    public int SweepHeatmap_10000_Png() => SweepPlots.Heatmap(sweep, "war_occurred", "technology.offense_defense_balance", "technology.distinguishability").Png().Length;

    [Benchmark]
    public int SweepHeatmap_10000_Svg() => SweepPlots.Heatmap(sweep, "war_occurred", "technology.offense_defense_balance", "technology.distinguishability").Svg().Length;
}
