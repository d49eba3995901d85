using System.Text.Json;
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
        output.WriteLine(Cli.Run("summarize", db).Stdout);

        var s = Cli.Run("summarize", db, "--json");
        Assert.True(s.ExitCode == 0, s.ToString());
        using var json = JsonDocument.Parse(s.Stdout);
        Assert.True(json.RootElement.GetProperty("complete").GetBoolean());
        var worlds = new Dictionary<string, (double War, double WarLow, double WarHigh, double Burden, double BurdenLow, double BurdenHigh)>();
        foreach (var point in json.RootElement.GetProperty("points").EnumerateArray())
        {
            var parameters = point.GetProperty("parameters");
            var offenseAdvantage = parameters.GetProperty("technology.offense_defense_balance").GetDouble() < 1;
            var distinguishable = parameters.GetProperty("technology.distinguishability").GetDouble() > 0.5;
            var name = (offenseAdvantage, distinguishable) switch
            {
                (true, false) => "doubly dangerous",
                (false, true) => "doubly stable",
                (false, false) => "mixed: defense advantage, indistinguishable",
                (true, true) => "mixed: offense advantage, distinguishable",
            };
            var war = point.GetProperty("metrics").GetProperty("war_occurred");
            var burden = point.GetProperty("metrics").GetProperty("mean_military_burden");
            worlds[name] = (war.GetProperty("value").GetDouble(), war.GetProperty("lower").GetDouble(), war.GetProperty("upper").GetDouble(),
                burden.GetProperty("value").GetDouble(), burden.GetProperty("lower").GetDouble(), burden.GetProperty("upper").GetDouble());
            output.WriteLine($"{name}: war rate {worlds[name].War:F3} [{worlds[name].WarLow:F3}, {worlds[name].WarHigh:F3}], burden {worlds[name].Burden:F4} [{worlds[name].BurdenLow:F4}, {worlds[name].BurdenHigh:F4}]");
        }

        Assert.Equal(4, worlds.Count);
        var dd = worlds["doubly dangerous"];
        var ds = worlds["doubly stable"];
        foreach (var mixed in worlds.Where(w => w.Key.StartsWith("mixed", StringComparison.Ordinal)))
        {
            // War: doubly dangerous clearly above each mixed world (95% CIs apart); each mixed world at or above doubly stable.
            Assert.True(dd.WarLow > mixed.Value.WarHigh, $"war rate: doubly dangerous {dd.War:F3} not above {mixed.Key} {mixed.Value.War:F3}");
            Assert.True(mixed.Value.War >= ds.War, $"war rate: {mixed.Key} {mixed.Value.War:F3} below doubly stable {ds.War:F3}");

            // Arms burden: strictly ordered with disjoint intervals.
            Assert.True(dd.BurdenLow > mixed.Value.BurdenHigh, $"burden: doubly dangerous {dd.Burden:F4} not above {mixed.Key} {mixed.Value.Burden:F4}");
            Assert.True(mixed.Value.BurdenLow > ds.BurdenHigh, $"burden: {mixed.Key} {mixed.Value.Burden:F4} not above doubly stable {ds.Burden:F4}");
        }

        Assert.True(dd.WarLow > ds.WarHigh, $"war rate: doubly dangerous {dd.War:F3} not above doubly stable {ds.War:F3}");
    }
}
