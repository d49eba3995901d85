using SecurityDilemma.Models.Statistics;
using Xunit.Abstractions;

namespace SecurityDilemma.Cli.Tests.Experiments;

/// <summary>What the headers of the shipped sweeps say to expect, checked on the sweeps themselves (run, then summarized).</summary>
public class SweepHeaderTests(ITestOutputHelper output)
{
    private List<SummaryPoint> Sweep(string file)
    {
        var db = Path.Combine(SweepFixture.TempDir(), "sweep.duckdb");
        var run = Cli.Run("sweep", file, "--out", db);
        Assert.True(run.ExitCode == 0, run.ToString());
        return SweepFixture.Summarize(db, output.WriteLine).Points;
    }

    [Fact]
    public void Cultures_WarAndBurdenRiseWithWorstCaseBiasAndFallWithPriorTrust()
    {
        // "Expect war and burden to rise with the bias and fall with prior trust": over the 40 points of the Latin hypercube,
        // the points above the median bias against those below, and those below the median prior trust against those above.
        var points = Sweep("sweeps/cultures.yaml");
        Assert.Equal(40, points.Count);
        foreach (var (parameter, sign) in new[] { ("states.*.worst_case_bias", 1), ("states.*.prior_trust", -1) })
        {
            var median = points.Select(p => p.Number(parameter)).Order().ElementAt(points.Count / 2);
            var high = points.Where(p => p.Number(parameter) >= median).ToList();
            var low = points.Where(p => p.Number(parameter) < median).ToList();
            foreach (var metric in new[] { "war_occurred", "mean_military_burden" })
            {
                var effect = Estimate.Difference([.. high.Select(p => p[metric])], [.. low.Select(p => p[metric])]);
                output.WriteLine($"{metric}: points above the median {parameter} - below: {effect}");
                Assert.True(sign > 0 ? effect.AboveZero : effect.BelowZero, $"{metric} should {(sign > 0 ? "rise" : "fall")} with {parameter}: {effect}");
            }
        }
    }

    [Fact]
    public void Alliances_ChainGangingUnderPerceivedOffenseBuckPassingWhereDefenseIsPerceivedAndThreatened()
    {
        var points = Sweep("sweeps/alliances.yaml");
        SummaryPoint At(string world, double perceived) => points.Single(p => p.Parameters["scenario"].EndsWith(world, StringComparison.Ordinal)
            && p.Number("states.*.perceived_offense_defense_balance") == perceived);
        string[] worlds = ["bipolar.yaml", "multipolar.yaml", "july-1914.yaml", "thirties.yaml"];

        // Chain ganging only under perceived offense dominance: in every world at 0.5, in none at 2.0.
        Assert.All(worlds, w => Assert.True(At(w, 0.5).Metrics["chain_gang_events"].Lower > 0, $"{w}: chain ganging at 0.5"));
        Assert.All(worlds, w => Assert.Equal(0.0, At(w, 2.0)["chain_gang_events"]));

        // Buck passing in the thirties world: more at 1.0 and 2.0 than at 0.5.
        var offense = At("thirties.yaml", 0.5).Metrics["buck_pass_events"];
        Assert.True(At("thirties.yaml", 1.0).Metrics["buck_pass_events"].Lower > offense.Upper);
        Assert.True(At("thirties.yaml", 2.0).Metrics["buck_pass_events"].Lower > offense.Upper);

        // multipolar.yaml: perceived defense dominance removes the threat: no war, and less buck passing than at 0.5.
        Assert.Equal(0.0, At("multipolar.yaml", 2.0)["war_occurred"]);
        Assert.True(At("multipolar.yaml", 2.0).Metrics["buck_pass_events"].Upper < At("multipolar.yaml", 0.5).Metrics["buck_pass_events"].Lower);

        // bipolar.yaml at 0.5 has the most chain ganging of all the points.
        var bipolar = At("bipolar.yaml", 0.5);
        Assert.All(points.Where(p => !ReferenceEquals(p, bipolar)), p => Assert.True(p["chain_gang_events"] < bipolar["chain_gang_events"]));
    }
}
