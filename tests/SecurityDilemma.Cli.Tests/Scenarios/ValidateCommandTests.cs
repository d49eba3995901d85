using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Tests.Scenarios;

public class ValidateCommandTests
{
    [Theory]
    [MemberData(nameof(ShippedScenarios.Files), MemberType = typeof(ShippedScenarios))]
    public void ShippedScenario_IsValid(string file)
    {
        var expected = ScenarioDocument.Load(Path.Combine(Cli.RepoRoot, "scenarios", file)).Build();
        var r = Cli.Run("validate", $"scenarios/{file}");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal($"ok: {expected.Name} ({expected.States.Count} states, {expected.Years} years)\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Overrides_AreAppliedBeforeValidation()
    {
        var r = Cli.Run("validate", "scenarios/spiral.yaml", "--set", "years=7", "--set", "states.Athens.motive=greedy");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("ok: spiral (2 states, 7 years)\n", r.Stdout);
    }

    [Theory]
    [InlineData("", "bad.yaml: the file is empty")]
    [InlineData("name: x\nstates: [A, B\nyears: 3\n", "bad.yaml:2:")]
    [InlineData("name: x\nstates:\n  - name: A\n\t- name: B\n", "bad.yaml:4:1: a tab character in the indentation")]
    [InlineData("name: x\nstates:\n  - name: A\n    offence: 1\n  - name: B\n", "bad.yaml:4:5: states.A.offence: unknown field 'offence'; did you mean 'offense'?")]
    [InlineData("name: x\nname: y\nstates:\n  - name: A\n  - name: B\n", "bad.yaml:2:1: name: duplicate key (first at line 1)")]
    [InlineData("name: x\nstates:\n  - name: A\n    offense: many\n  - name: B\n", "bad.yaml:4:14: states.A.offense: 'many' is not a number; expected a number")]
    [InlineData("name: x\nstates:\n  - name: A\n    defense: -2\n  - name: B\n", "bad.yaml:4:14: states.A.defense: -2 is negative; expected a number in [0, 1e+12]")]
    [InlineData("name: x\nstates:\n  - name: A\n    prior_trust: 1.5\n  - name: B\n", "bad.yaml:4:18: states.A.prior_trust: 1.5 is too large; expected a number in [0, 1]")]
    [InlineData("name: x\ntechnology:\n  offense_defense_balance: 0\nstates:\n  - name: A\n  - name: B\n", "bad.yaml:3:28: technology.offense_defense_balance: 0 is too small; expected a number > 0")]
    [InlineData("name: x\nstates:\n  - name: A\n  - name: B\nborders:\n  - between: [A, C]\n", "bad.yaml:6:18: borders[0].between[1]: unknown state 'C'")]
    [InlineData("name: x\nstates:\n  - name: A\n  - name: A\n", "bad.yaml:4:11: states[1].name: duplicate state name 'A'")]
    [InlineData("name: x\nstates:\n  - name: A\n  - name: B\nalliances:\n  - members: [A, Z]\n", "bad.yaml:6:18: alliances[0].members[1]: unknown state 'Z'")]
    [InlineData("name: x\nstates:\n  - name: A\n  - name: B\nguarantees:\n  - guarantor: A\n    protege: A\n", "bad.yaml:7:14: guarantees[0].protege: 'A' cannot guarantee itself")]
    [InlineData("name: x\nstates:\n  - name: A\n  - name: B\nalliances:\n  - members: [A, B]\n    commitment: 1.1\n", "bad.yaml:7:17: alliances[0].commitment: 1.1 is too large; expected a number in [0, 1]")]
    public void BadFile_OneLine_ExitTwo(string yaml, string expectedStart)
    {
        var dir = Directory.CreateTempSubdirectory("sd-validate-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "bad.yaml"), yaml);
            var r = Cli.Run(["validate", "bad.yaml"], dir.FullName);
            Assert.True(r.ExitCode == 2, r.ToString());
            Assert.Equal("", r.Stdout);
            Assert.StartsWith("error: " + expectedStart, r.Stderr, StringComparison.Ordinal);
            Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void BadSetPath_NamesTheOptionAndTheKnownPaths()
    {
        var r = Cli.Run("validate", "scenarios/spiral.yaml", "--set", "states.Xerxes.offense=3");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal("error: --set: states.Xerxes.offense: no item of states is named 'Xerxes'; expected one of Athens, Sparta, an index like states[0], or '*' for all\n", r.Stderr);
    }

    [Fact]
    public void MissingFile_ExitTwo()
    {
        var r = Cli.Run("validate", "scenarios/no-such.yaml");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal("error: scenarios/no-such.yaml: file not found; expected an existing scenario file, e.g. scenarios/spiral.yaml\n", r.Stderr);
    }
}
