using System.Text.Json;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Tests.Models;

/// <summary><c>dilemma assess</c>: the shipped force structures, bad files, and the scenario route.</summary>
public sealed class AssessCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("sd-assess-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void ShippedForces_JsonAndText_AgreeAndMatchTheDocs()
    {
        // docs/net-assessment.md and the files' headers quote these figures.
        var w1914 = ModelCli.Json("assess", "forces/europe-1914.yaml", "--json");
        Assert.Equal(1.8977, w1914.Number("balance"), 4);
        Assert.Equal(w1914.Number("balance"), w1914.Number("even_odds_balance"), 12);
        Assert.Equal(0.5848, w1914.Number("distinguishability"), 4);
        Assert.Equal(0.5, w1914.Number("attacker_win_probability"), 9);
        Assert.Equal(4, w1914.GetProperty("types").GetArrayLength());
        Assert.Equal("machine_gun", w1914.Text("types.1.name"));
        Assert.Equal(0.3, w1914.Number("types.1.defense_share"), 12);
        Assert.Equal(0, w1914.Number("types.1.attack_share"));

        var w1940 = ModelCli.Json("assess", "forces/europe-1940.yaml", "--json");
        Assert.Equal(0.601, w1940.Number("balance"), 4);
        Assert.Equal(0.232, w1940.Number("distinguishability"), 4);

        var text = Cli.Run("assess", "forces/europe-1914.yaml");
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("offense-defense balance 1.8977 at win probability 0.5 (even odds: 1.8977)", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("distinguishability 0.5848", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("| rail_reserve ", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("defence has the advantage", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TargetProbability_ChangesTheBalanceButNotTheEvenOddsBalance()
    {
        // One type, attack 1, defence 3: theta 3; for p = 0.75 the attacker needs 3 * 3 = 9 (the contest function inverted).
        var f = Write("f.yaml", "name: f\ntarget_win_probability: 0.75\nweapons: [{name: rifle, attack: 1, defense: 3}]\n");
        var j = ModelCli.Json("assess", f, "--json");
        Assert.Equal(9, j.Number("balance"), 9);
        Assert.Equal(3, j.Number("even_odds_balance"), 9);
        Assert.Equal(0, j.Number("distinguishability"), 12);
    }

    [Fact]
    public void NoTypeCanAttack_IsAnInfiniteBalance_NotAnError()
    {
        var f = Write("f.yaml", "name: f\nweapons: [{name: fort, attack: 0, defense: 3}]\n");
        var r = Cli.Run("assess", f, "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var j = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(JsonValueKind.Null, j.GetProperty("balance").ValueKind); // JSON has no infinity: an unbounded balance is null
        Assert.Equal(1, j.Number("distinguishability"));
    }

    [Theory]
    [InlineData("name: x\nweapons:\n  - {name: infantry, attack: -1, defense: 1}\n", "forces.yaml:3:30: weapons.infantry.attack: -1 is negative; expected a number in [0, 1e+12]")]
    [InlineData("name: x\nweapons:\n  - {name: w, attack: 1, defense: 1, max_share: 0.5}\n", "forces.yaml:3:3: weapons: the types' max_share add up to 0.5; expected max_share values that add up to at least 1, so a whole budget can be spent")]
    [InlineData("name: x\nweapon: []\n", "forces.yaml:2:1: weapon: unknown field 'weapon'")]
    [InlineData("name: x\nweapons: [{name: w, attack: 1, defense: 1}\n", "forces.yaml:")]
    public void BadFile_FileLineColumnFieldExpected_ExitTwo(string yaml, string message)
    {
        var path = Write("forces.yaml", yaml);
        var stderr = ModelCli.BadInput("assess", path);
        Assert.StartsWith($"error: {dir}/{message}", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_ExitTwo()
        => Assert.Contains("file not found", ModelCli.BadInput("assess", Path.Combine(dir, "none.yaml")), StringComparison.Ordinal);

    [Fact]
    public void DocumentedErrorExamples_AreWhatTheLoaderSays()
    {
        // docs/net-assessment.md shows two error lines for a file named forces.yaml; they must be real.
        var doc = File.ReadAllText(Path.Combine(Cli.RepoRoot, "docs/net-assessment.md"));
        var cases = new[]
        {
            ("name: x\nweapons:\n  - {name: infantry, attack: -1, defense: 1}\n", "error: forces.yaml:3:30: weapons.infantry.attack"),
            ("name: x\nweapons:\n  - {name: w, attack: 1, defense: 1, max_share: 0.5}\n", "error: forces.yaml:3:3: weapons:"),
        };
        foreach (var (yaml, start) in cases)
        {
            Write("forces.yaml", yaml);
            var r = Cli.Run(["assess", "forces.yaml"], dir);
            Assert.Equal(2, r.ExitCode);
            var line = r.Stderr.Trim();
            Assert.StartsWith(start, line, StringComparison.Ordinal);
            Assert.Contains(line, doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ScenarioRoute_ResolvedTechnology_EqualsWhatAssessReports()
    {
        var scenario = Write("s.yaml", $"name: s\ntechnology: {{forces: {Path.Combine(Cli.RepoRoot, "forces/europe-1940.yaml")}}}\nstates:\n  - name: A\n  - name: B\n");
        var assess = ModelCli.Json("assess", "forces/europe-1940.yaml", "--json");
        var technology = ScenarioDocument.Load(scenario).Build().Technology;
        Assert.Equal(assess.Number("even_odds_balance"), technology.OffenseDefenseBalance);
        Assert.Equal(assess.Number("distinguishability"), technology.Distinguishability);

        var ok = Cli.Run("validate", scenario);
        Assert.True(ok.ExitCode == 0, ok.ToString());
    }
}
