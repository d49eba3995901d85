using System.Text.Json;
using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Tests.Alliances;

/// <summary><c>dilemma run --json</c> carries the engine's alliances, crisis log and alliance metrics; bad alliance input exits 2.</summary>
public class RunAllianceOutputTests
{
    [Fact]
    public void Json_HasTheAlliancesCrisesAndMetricsOfTheEngineRun()
    {
        var r = Cli.Run("run", "scenarios/july-1914.yaml", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var json = JsonDocument.Parse(r.Stdout).RootElement;
        var scenario = ScenarioDocument.Load(Path.Combine(Cli.RepoRoot, "scenarios/july-1914.yaml")).Build();
        var direct = Simulation.Run(scenario, scenario.Seed);

        var alliances = json.GetProperty("alliances");
        Assert.Equal(direct.Alliances.Count, alliances.GetArrayLength());
        var first = alliances[0];
        Assert.Equal("alliance", first.GetProperty("kind").GetString());
        Assert.Equal(["Germany", "Austria-Hungary"], first.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToArray());
        Assert.Equal(0.9, first.GetProperty("commitment").GetDouble());
        Assert.Equal(0, first.GetProperty("formed").GetInt32());
        Assert.Equal("scenario", first.GetProperty("origin").GetString());
        Assert.Contains(alliances.EnumerateArray(), a => a.GetProperty("kind").GetString() == "guarantee"
            && a.GetProperty("members")[0].GetString() == "Russia" && a.GetProperty("members")[1].GetString() == "Serbia");

        var crises = json.GetProperty("crises");
        Assert.Equal(direct.Crises.Count, crises.GetArrayLength());
        foreach (var c in crises.EnumerateArray())
        {
            foreach (var key in new[] { "start", "end", "parties", "trigger", "threats", "moves", "outcome" })
            {
                Assert.True(c.TryGetProperty(key, out _), $"crisis lacks {key}");
            }
        }

        Assert.Contains(crises.EnumerateArray().SelectMany(c => c.GetProperty("moves").EnumerateArray()), m => m.GetProperty("move").GetString() == "mobilize");
        var metrics = json.GetProperty("metrics");
        Assert.Equal(direct.Metrics.ChainGangEvents, metrics.GetProperty("chain_gang_events").GetInt32());
        Assert.Equal(direct.Metrics.BuckPassEvents, metrics.GetProperty("buck_pass_events").GetInt32());
        Assert.Equal(direct.Metrics.BackfireEvents, metrics.GetProperty("backfire_events").GetInt32());
        Assert.True(direct.Metrics.ChainGangEvents > 0);
    }

    [Theory]
    [InlineData("alliances:\n  - members: [A, Zed]\n", "bad.yaml:6:18: alliances[0].members[1]: unknown state 'Zed'; expected one of the states: A, B")]
    [InlineData("alliances:\n  - members: [A, B]\n    commitment: 1.5\n", "bad.yaml:7:17: alliances[0].commitment: 1.5 is too large; expected a number in [0, 1]")]
    [InlineData("guarantees:\n  - guarantor: A\n    protege: A\n", "bad.yaml:7:14: guarantees[0].protege: 'A' cannot guarantee itself; expected a protege other than the guarantor")]
    public void BadAllianceInput_ExitTwo_OneLine_NothingWritten(string tail, string expected)
    {
        var dir = Directory.CreateTempSubdirectory("sd-run-alliance-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "bad.yaml"), "name: bad\nstates:\n  - name: A\n  - name: B\n" + tail);
            var r = Cli.Run(["run", "bad.yaml", "--json", "--out", "out"], dir.FullName);
            Assert.True(r.ExitCode == 2, r.ToString());
            Assert.Equal("", r.Stdout);
            Assert.Equal($"error: {expected}\n", r.Stderr);
            Assert.Equal(["bad.yaml"], Directory.GetFileSystemEntries(dir.FullName).Select(f => Path.GetFileName(f)!).ToArray());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
