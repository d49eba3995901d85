using System.Diagnostics;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Reports.Sweeps;
using SecurityDilemma.Reports.Tests.Support;

namespace SecurityDilemma.Reports.Tests.Sweeps;

[Collection(InputsCollection.Name)]
public class SweepPlotsTests(Inputs inputs)
{
    private const string Balance = "technology.offense_defense_balance";
    private const string Distinguishability = "technology.distinguishability";
    private const string Bias = "states.*.worst_case_bias";

    [Fact]
    public void Heatmap_LabelsBothParametersTheirValuesAndTheMetric()
    {
        var results = SweepResults.Load(inputs.Sweep);
        FigureAssert.Valid(
            SweepPlots.Heatmap(results, "war_occurred", Balance, Distinguishability),
            "war_occurred over technology.offense_defense_balance x technology.distinguishability (gallery)", "averaged over states.*.worst_case_bias",
            Balance, Distinguishability, "war occurred (rate, 0-1)", "0.5", "2", "0.1", "0.9");
    }

    [Fact]
    public void Heatmap_CellValues_AreThePointEstimatesAveragedOverTheThirdParameter()
    {
        var results = SweepResults.Load(inputs.Sweep);
        var texts = FigureAssert.SvgTexts(SweepPlots.Heatmap(results, "mean_military_burden", Balance, Distinguishability).Svg());
        // The cell for balance 0.5, distinguishability 0.1 shows the mean of the two worst_case_bias points.
        var expected = results.Summary.Points.Where(p => (double)p.Parameters[Balance] == 0.5 && (double)p.Parameters[Distinguishability] == 0.1).Average(p => p.Metrics["mean_military_burden"].Value);
        Assert.Contains(expected.ToString("G3", System.Globalization.CultureInfo.InvariantCulture), texts);
    }

    [Fact]
    public void Lines_HaveOneLineAndBandPerGroup()
        => FigureAssert.Valid(
            SweepPlots.Lines(SweepResults.Load(inputs.Sweep), "mean_military_burden", Balance, Distinguishability),
            "mean_military_burden over technology.offense_defense_balance, by technology.distinguishability", "mean military burden (mean)",
            "technology.distinguishability = 0.1", "technology.distinguishability = 0.5", "technology.distinguishability = 0.9", "technology.distinguishability = 0.1 95% CI");

    [Fact]
    public void SmallMultiples_DrawOnePanelPerValueOfTheThirdParameter()
    {
        var figure = SweepPlots.SmallMultiples(SweepResults.Load(inputs.Sweep), "war_occurred", Balance, Distinguishability, Bias);
        Assert.Equal(2, figure.Panels.Count);
        FigureAssert.Valid(figure, "states.*.worst_case_bias = 0", "states.*.worst_case_bias = 0.6", Balance, Distinguishability);
    }

    [Fact]
    public void Band_OverTheReplicationsOfAPoint_HasAMeanAndBandPerState()
        => FigureAssert.Valid(
            SweepSeries.Band(inputs.Sweep, "offense", 4),
            "offensive forces: mean and 95% band over 20 replications (gallery, point 4)", "offensive forces (force units)", "year", "Blue mean of 20", "Blue 95% CI", "Red mean of 20");

    [Fact]
    public void UnknownMetricOrParameter_IsAnInputErrorNamingTheChoices()
    {
        var results = SweepResults.Load(inputs.Sweep);
        var metric = Assert.Throws<InputException>(() => results.Metric("war_rate"));
        Assert.Contains("war_occurred, mean_military_burden", metric.Message);
        var parameter = Assert.Throws<InputException>(() => results.Parameter("balance", 0, "--x"));
        Assert.Contains(Balance, parameter.Message);
        Assert.Throws<InputException>(() => SweepSeries.Band(inputs.Sweep, "war_occurred", null));
    }

    [Fact]
    public void Heatmap_OfTenThousandSampledPoints_IsBinnedAndDrawnWithinSeconds()
    {
        var results = Synthetic(10_000);
        var clock = Stopwatch.StartNew();
        var figure = SweepPlots.Heatmap(results, "war_occurred", "a", "b");
        var png = figure.Png();
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"10,000-point heatmap took {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.InRange(png.Length, 2_000, FigureAssert.MaxPngBytes);
    }

    /// <summary>A summary of <paramref name="n"/> random points over two parameters (a sampled, not gridded, sweep).</summary>
    internal static SweepResults Synthetic(int n)
    {
        var random = new Random(7);
        var points = Enumerable.Range(0, n).Select(i =>
        {
            var a = random.NextDouble();
            var b = random.NextDouble();
            var rate = Math.Clamp(a * (1 - b), 0, 1);
            return new PointSummary(i, new Dictionary<string, object> { ["a"] = a, ["b"] = b }, 10, new Dictionary<string, MetricSummary> { ["war_occurred"] = new("proportion", rate, rate / 2, (rate + 1) / 2, 10) });
        }).ToList();
        return new SweepResults("synthetic", new SweepSummary("synthetic", n * 10L, n * 10L, true, ["a", "b"], ["war_occurred"], points));
    }
}
