using Xunit.Abstractions;

namespace SecurityDilemma.Cli.Tests.Experiments;

/// <summary>THEORY.md claim 2 (Jervis 1978, "Cooperation under the Security Dilemma", pp. 211-214): from the shipped sweep.</summary>
public class FourWorldsTests(ITestOutputHelper output)
{
    [Fact]
    public void Jervis1978_FourWorlds_WarRateAndBurden_DoublyDangerousAboveMixedAboveDoublyStable()
    {
        var dir = SweepFixture.TempDir();
        var db = Path.Combine(dir, "four-worlds.duckdb");
        var r = Cli.Run(["sweep", "sweeps/four-worlds.yaml", "--out", db], timeout: TimeSpan.FromSeconds(60));
        Assert.True(r.ExitCode == 0, r.ToString());
        output.WriteLine(r.Stdout);
        var (complete, points) = SweepFixture.Summarize(db, output.WriteLine);
        Assert.True(complete);
        var worlds = new Dictionary<string, SummaryPoint>();
        foreach (var point in points)
        {
            var offenseAdvantage = point.Number("technology.offense_defense_balance") < 1;
            var distinguishable = point.Number("technology.distinguishability") > 0.5;
            var name = (offenseAdvantage, distinguishable) switch
            {
                (true, false) => "doubly dangerous",
                (false, true) => "doubly stable",
                (false, false) => "mixed: defense advantage, indistinguishable",
                (true, true) => "mixed: offense advantage, distinguishable",
            };
            worlds[name] = point;
            var o = Outcomes(point);
            output.WriteLine($"{name}: war rate {o.War:F3} [{o.WarLow:F3}, {o.WarHigh:F3}], burden {o.Burden:F4} [{o.BurdenLow:F4}, {o.BurdenHigh:F4}]");
        }

        Assert.Equal(4, worlds.Count);
        var dd = Outcomes(worlds["doubly dangerous"]);
        var ds = Outcomes(worlds["doubly stable"]);
        foreach (var (key, point) in worlds.Where(w => w.Key.StartsWith("mixed", StringComparison.Ordinal)))
        {
            var mixed = (Key: key, Value: Outcomes(point));
            // War: doubly dangerous clearly above each mixed world (95% CIs apart); each mixed world at or above doubly stable.
            Assert.True(dd.WarLow > mixed.Value.WarHigh, $"war rate: doubly dangerous {dd.War:F3} not above {mixed.Key} {mixed.Value.War:F3}");
            Assert.True(mixed.Value.War >= ds.War, $"war rate: {mixed.Key} {mixed.Value.War:F3} below doubly stable {ds.War:F3}");

            // Arms burden: strictly ordered with disjoint intervals.
            Assert.True(dd.BurdenLow > mixed.Value.BurdenHigh, $"burden: doubly dangerous {dd.Burden:F4} not above {mixed.Key} {mixed.Value.Burden:F4}");
            Assert.True(mixed.Value.BurdenLow > ds.BurdenHigh, $"burden: {mixed.Key} {mixed.Value.Burden:F4} not above doubly stable {ds.Burden:F4}");
        }

        Assert.True(dd.WarLow > ds.WarHigh, $"war rate: doubly dangerous {dd.War:F3} not above doubly stable {ds.War:F3}");
    }

    private static (double War, double WarLow, double WarHigh, double Burden, double BurdenLow, double BurdenHigh) Outcomes(SummaryPoint point)
    {
        var (war, warLow, warHigh) = point.Metrics["war_occurred"];
        var (burden, burdenLow, burdenHigh) = point.Metrics["mean_military_burden"];
        return (war, warLow, warHigh, burden, burdenLow, burdenHigh);
    }
}
