using SecurityDilemma.Models.NetAssessment;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Scenarios.Forces;

namespace SecurityDilemma.Tests.Scenarios.Forces;

/// <summary>A scenario that takes its technology from a force-structure file (<c>technology.forces</c>).</summary>
public sealed class ScenarioForcesTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("sd-forces-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Scenario(string technology) => $"name: s\ntechnology: {technology}\nstates:\n  - name: A\n  - name: B\n";

    [Fact]
    public void Forces_ResolveToTheMeasuredEvenOddsBalanceAndDistinguishability_RelativeToTheScenarioFile()
    {
        var forces = File.ReadAllText(RepoFiles.Path("forces/europe-1914.yaml"));
        Write("forces/w.yaml", forces);
        var scenario = Write("scenarios/s.yaml", Scenario("{forces: ../forces/w.yaml}"));
        var expected = NetAssessor.Assess(ForceFile.Parse(forces, "w.yaml"));
        var t = ScenarioDocument.Load(scenario).Build().Technology;
        Assert.Equal(expected.EvenOddsBalance, t.OffenseDefenseBalance);
        Assert.Equal(expected.Distinguishability, t.Distinguishability);
        Assert.NotEqual(new Technology().OffenseDefenseBalance, t.OffenseDefenseBalance);

        // --set can point elsewhere (still relative to the scenario file) or remove forces for the numbers.
        Write("scenarios/flat.yaml", "name: flat\nweapons: [{name: w, attack: 1, defense: 2}]\n");
        var flat = ScenarioDocument.Load(scenario).With("technology.forces=flat.yaml").Build().Technology;
        Assert.Equal((2.0, 0.0), (flat.OffenseDefenseBalance, flat.Distinguishability));
        var numbers = ScenarioDocument.Load(scenario).With("technology.forces=~", "technology.offense_defense_balance=0.7").Build().Technology;
        Assert.Equal(0.7, numbers.OffenseDefenseBalance);
    }

    [Fact]
    public void Forces_AndTheNumbersTogether_IsAnError()
    {
        Write("f.yaml", "name: f\nweapons: [{name: w, attack: 1, defense: 1}]\n");
        var scenario = Write("s.yaml", Scenario("{forces: f.yaml, distinguishability: 0.5}"));
        var e = Assert.Throws<ScenarioException>(() => ScenarioDocument.Load(scenario).Build());
        Assert.Equal("technology.distinguishability", e.Field);
        Assert.Equal((2, 50), (e.Line, e.Column));
        Assert.Contains("either forces or the two numbers", e.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingForceFile_IsReportedAtTheScenariosField()
    {
        var scenario = Write("s.yaml", Scenario("{forces: nowhere.yaml}"));
        var e = Assert.Throws<ScenarioException>(() => ScenarioDocument.Load(scenario).Build());
        Assert.Equal(scenario, e.Source);
        Assert.Equal("technology.forces", e.Field);
        Assert.Equal((2, 22), (e.Line, e.Column));
        Assert.Contains("no file 'nowhere.yaml'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AMistakeInTheForceFile_IsReportedInTheForceFile()
    {
        var forces = Write("f.yaml", "name: f\nweapons:\n  - {name: w, attack: x, defense: 1}\n");
        var scenario = Write("s.yaml", Scenario("{forces: f.yaml}"));
        var e = Assert.Throws<ScenarioException>(() => ScenarioDocument.Load(scenario).Build());
        Assert.Equal(forces, e.Source);
        Assert.Equal((3, 23), (e.Line, e.Column));
        Assert.Equal("weapons.w.attack", e.Field);
    }

    [Fact]
    public void AStructureNoOneCanAttackWith_CannotBeAScenariosTechnology()
    {
        Write("f.yaml", "name: f\nweapons: [{name: fort, attack: 0, defense: 1}]\n");
        var scenario = Write("s.yaml", Scenario("{forces: f.yaml}"));
        var e = Assert.Throws<ScenarioException>(() => ScenarioDocument.Load(scenario).Build());
        Assert.Equal("technology.forces", e.Field);
        Assert.Contains("balance of ∞", e.Problem.Replace("Infinity", "∞", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
