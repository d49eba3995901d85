using SecurityDilemma.Models.NetAssessment;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Scenarios.Forces;

namespace SecurityDilemma.Tests.Scenarios.Forces;

/// <summary>Force-structure files: what a good one reads to, and every kind of mistake as file:line:col, field, expected.</summary>
public class ForceFileTests
{
    private const string Good = """
        name: test
        terrain: 1.5
        sectors: 3
        target_win_probability: 0.6
        decisiveness: 2
        defender_budget: 10
        weapons:
          - {name: tank, attack: 2, defense: 1, cost: 2, mobility: 0.5, max_share: 0.5}
          - {name: fort, attack: 0, defense: 3}
        """;

    private static ScenarioException Fails(string yaml) => Assert.Throws<ScenarioException>(() => ForceFile.Parse(yaml, "bad.yaml"));

    [Fact]
    public void GoodFile_ReadsEveryFieldAndTheDefaults()
    {
        var s = ForceFile.Parse(Good, "good.yaml");
        Assert.Equal("test", s.Name);
        Assert.Equal((1.5, 3, 0.6, 2.0, 10.0), (s.Terrain, s.Sectors, s.TargetWinProbability, s.Decisiveness, s.DefenderBudget));
        Assert.Equal(new WeaponType("tank", 2, 1, 2, 0.5, 0.5), s.Weapons[0]);
        Assert.Equal(new WeaponType("fort", 0, 3, 1, 0, 1), s.Weapons[1]);

        var minimal = ForceFile.Parse("name: m\nweapons: [{name: w, attack: 1, defense: 1}]", "m.yaml");
        Assert.Equal(new ForceStructure("m", minimal.Weapons), minimal);
    }

    [Fact]
    public void Mistakes_NamePositionFieldAndExpectation()
    {
        ScenarioErrorTests.At(Fails("name: x\nweapons:\n  - {name: w, attack: -1, defense: 1}\n"), 3, 23, "weapons.w.attack", "-1 is negative", "a number in [0,");
        ScenarioErrorTests.At(Fails("name: x\nweapons:\n  - {name: w, defense: 1}\n"), 3, 5, "weapons.w.attack", "missing required field", "a number");
        ScenarioErrorTests.At(Fails("name: x\nweapons:\n  - {name: w, attack: 1, defense: 1, cost: 0}\n"), 3, 44, "weapons.w.cost", "0 is too small", "a number > 0");
        ScenarioErrorTests.At(Fails("name: x\nweapons:\n  - {name: w, attack: 1, defense: 1, mobility: 2}\n"), 3, 48, "weapons.w.mobility", "2 is too large", "in [0, 1]");
        ScenarioErrorTests.At(Fails("name: x\nweapons:\n  - {name: w, attack: 1, defens: 1}\n"), 3, 26, "weapons.w.defens", "unknown field 'defens'; did you mean 'defense'?", "one of name, attack, defense");
        ScenarioErrorTests.At(Fails("name: x\ntarget_win_probability: 1\nweapons: [{name: w, attack: 1, defense: 1}]\n"), 2, 25, "target_win_probability", "infinite attacker", "a probability > 0 and < 1");
        ScenarioErrorTests.At(Fails("name: x\nweapons:\n  - {name: w, attack: 1, defense: 1}\n  - {name: w, attack: 2, defense: 1}\n"), 4, 12, "weapons[1].name", "duplicate weapon type 'w'", "a unique name");
        ScenarioErrorTests.At(Fails("name: x\nweapons:\n  - {name: w, attack: 1, defense: 1, max_share: 0.5}\n"), 3, 3, "weapons", "add up to 0.5", "at least 1");
        ScenarioErrorTests.At(Fails("name: x\nsectors: 1.5\nweapons: [{name: w, attack: 1, defense: 1}]\n"), 2, 10, "sectors", "1.5 is not a whole number", "a whole number in [1, 1000]");
        ScenarioErrorTests.At(Fails("name: x\nweapons: []\n"), 2, 10, "weapons", "has 0 items", "a list of mappings (1 to 1000 items)");
        ScenarioErrorTests.At(Fails("weapons: [{name: w, attack: 1, defense: 1}]\n"), 1, 1, "name", "missing required field", "a name");
    }

    [Fact]
    public void NotYamlOrEmpty_SaysWhatAForceFileIs()
    {
        var syntax = Fails("name: x\nweapons: [{name: w\n");
        Assert.Contains("not valid YAML", syntax.Problem, StringComparison.Ordinal);
        Assert.Contains("force-structure", syntax.Expected, StringComparison.Ordinal);
        Assert.Contains("empty", Fails("# nothing\n").Problem, StringComparison.Ordinal);
        Assert.Contains("file not found", Assert.Throws<ScenarioException>(() => ForceFile.Load("/nonexistent/forces.yaml")).Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("europe-1914.yaml")]
    [InlineData("europe-1940.yaml")]
    public void ShippedForceFiles_Load(string file)
    {
        var r = NetAssessor.Assess(ForceFile.Load(RepoFiles.Path($"forces/{file}")));
        Assert.InRange(r.EvenOddsBalance, 0.01, Limits.MaxBalance);
    }

    [Fact]
    public void ShippedForceFiles_1914DefenceDominant_1940OffenceDominant_AsTheirHeadersSay()
    {
        // Each file's header states its measured balance and distinguishability; the values are checked here.
        var w1914 = NetAssessor.Assess(ForceFile.Load(RepoFiles.Path("forces/europe-1914.yaml")));
        var w1940 = NetAssessor.Assess(ForceFile.Load(RepoFiles.Path("forces/europe-1940.yaml")));
        Assert.Equal(1.9, w1914.EvenOddsBalance, 1);
        Assert.Equal(0.58, w1914.Distinguishability, 2);
        Assert.Equal(0.6, w1940.EvenOddsBalance, 1);
        Assert.Equal(0.23, w1940.Distinguishability, 2);
    }
}
