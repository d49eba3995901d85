using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Scenarios;

/// <summary>Every kind of bad scenario input gives one message with file:line:col, the field and what was expected.</summary>
public class ScenarioErrorTests
{
    private const string Two = "states:\n  - name: A\n  - name: B\n";

    private static ScenarioException Fails(string yaml)
        => Assert.Throws<ScenarioException>(() => ScenarioDocument.Parse(yaml, "bad.yaml").Build());

    /// <summary>Asserts the whole error contract for a source named bad.yaml (also used by the force-file tests).</summary>
    internal static void At(ScenarioException e, int line, int column, string field, string problem, string expected)
    {
        Assert.Equal("bad.yaml", e.Source);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.Contains(expected, e.Expected, StringComparison.Ordinal);
        Assert.StartsWith(field.Length == 0 ? $"bad.yaml:{line}:{column}: " : $"bad.yaml:{line}:{column}: {field}: ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void EmptyFile(string yaml)
    {
        var e = Fails(yaml);
        Assert.Null(e.Line);
        Assert.Contains("empty", e.Problem, StringComparison.Ordinal);
        Assert.Contains("'name' and 'states'", e.Expected, StringComparison.Ordinal);
        Assert.StartsWith("bad.yaml: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotYaml_SyntaxError_NamesItsPosition()
    {
        var e = Fails("name: x\nstates: [A, B\nyears: 3\n");
        Assert.Contains("not valid YAML", e.Problem, StringComparison.Ordinal);
        Assert.NotNull(e.Line);
        Assert.True(e.Line >= 2, e.Message);
    }

    [Fact]
    public void NotAScenario_PlainText()
    {
        var e = Fails("hello world, this is prose\n");
        At(e, 1, 1, "", "the document is 'hello world, this is prose'", "a mapping with fields name, years");
    }

    [Fact]
    public void Binary_IsNotYaml()
    {
        var e = Fails("name: x\0\u0001");
        Assert.Contains("binary", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TabIndent_IsReportedWhereTheTabIs()
    {
        // YamlDotNet itself reports tab indents at 1:1; the loader finds the real place.
        At(Fails("name: x\nstates:\n  - name: A\n  \t- name: B\n"), 4, 3, "", "tab", "spaces");
        At(Fails("name: x\nstates:\n\t- name: A\n"), 3, 1, "", "tab", "spaces");
    }

    [Fact]
    public void UnknownKey_SuggestsTheNearestValidKey()
    {
        var e = Fails("name: x\nstates:\n  - name: Athens\n    offence: 3\n  - name: B\n");
        At(e, 4, 5, "states.Athens.offence", "unknown field 'offence'; did you mean 'offense'?", "one of name, motive, resources, offense");

        At(Fails("name: x\nyeras: 5\n" + Two), 2, 1, "yeras", "did you mean 'years'?", "one of name, years");
        At(Fails("name: x\ntechnology:\n  balance: 2\n" + Two), 3, 3, "technology.balance", "unknown field 'balance'", "offense_defense_balance, distinguishability");
    }

    [Fact]
    public void DuplicateKey_NamesBothLines()
    {
        var e = Fails("name: x\nstates:\n  - name: A\n    offense: 1\n    offense: 2\n  - name: B\n");
        At(e, 5, 5, "states[0].offense", "duplicate key (first at line 4)", "each key once");
        At(Fails("name: x\nname: y\n" + Two), 2, 1, "name", "duplicate key", "each key once");
    }

    [Theory]
    [InlineData("    offense: lots\n", "states.A.offense", "'lots' is not a number", "a number in [0, 1e+12]")]
    [InlineData("    offense: \"5\"\n", "states.A.offense", "the text \"5\" is not a number", "a number")]
    [InlineData("    offense: [1, 2]\n", "states.A.offense", "a list is not a number", "a number")]
    [InlineData("    offense: NaN\n", "states.A.offense", "not finite", "a number")]
    [InlineData("    motive: greedyy\n", "states.A.motive", "unknown value 'greedyy'; did you mean 'greedy'?", "one of security_seeker, greedy, power_maximizer")]
    [InlineData("    policy: tough\n", "states.A.policy", "unknown value 'tough'", "one of utility, conciliation, firmness")]
    [InlineData("    offense: -3\n", "states.A.offense", "-3 is negative", "a number in [0, 1e+12]")]
    [InlineData("    defense: -0.5\n", "states.A.defense", "is negative", "[0, 1e+12]")]
    [InlineData("    resources: -1\n", "states.A.resources", "is negative", "[0, 1e+12]")]
    [InlineData("    prior_trust: 1.2\n", "states.A.prior_trust", "1.2 is too large", "a number in [0, 1]")]
    [InlineData("    prior_trust: -0.1\n", "states.A.prior_trust", "is negative", "a number in [0, 1]")]
    [InlineData("    worst_case_bias: 1.5\n", "states.A.worst_case_bias", "too large", "in [0, 1]")]
    [InlineData("    routine_attachment: 2\n", "states.A.routine_attachment", "too large", "in [0, 1]")]
    [InlineData("    alliance_propensity: -1\n", "states.A.alliance_propensity", "negative", "in [0, 1]")]
    [InlineData("    perceived_offense_defense_balance: 0\n", "states.A.perceived_offense_defense_balance", "0 is too small", "a number > 0")]
    [InlineData("    name: B\n", "states[1].name", "duplicate state name 'B' (also states[1])", "a unique name")]
    public void StateField_BadValue(string line, string field, string problem, string expected)
    {
        // The bad line is line 4, indented four spaces: the value starts after the key.
        var yaml = "name: x\nstates:\n  - name: A\n" + line + "  - name: B\n";
        if (field.EndsWith(".name", StringComparison.Ordinal))
        {
            yaml = "name: x\nstates:\n  - name: B\n  - name: C\n  - name: B\n";
            At(Fails(yaml), 5, 11, "states[2].name", "duplicate state name 'B' (also states[0])", expected);
            return;
        }

        var e = Fails(yaml);
        At(e, 4, line.IndexOf(':', StringComparison.Ordinal) + 3, field, problem, expected);
    }

    [Theory]
    [InlineData("years: 0\n", 1, 8, "years", "0 is too small", "a whole number in [1, 10000]")]
    [InlineData("years: 10001\n", 1, 8, "years", "10001 is too large", "a whole number in [1, 10000]")]
    [InlineData("years: 1.5\n", 1, 8, "years", "1.5 is not a whole number", "a whole number")]
    [InlineData("seed: -1\n", 1, 7, "seed", "is not a whole number from 0", "a whole number >= 0")]
    [InlineData("hierarchy: maybe\n", 1, 12, "hierarchy", "'maybe' is not a boolean", "true or false")]
    [InlineData("observation_noise: -0.1\n", 1, 20, "observation_noise", "is negative", "in [0, 10]")]
    [InlineData("technology:\n  offense_defense_balance: 0\n", 2, 28, "technology.offense_defense_balance", "0 is too small", "a number > 0")]
    [InlineData("technology:\n  offense_defense_balance: -2\n", 2, 28, "technology.offense_defense_balance", "too small", "> 0")]
    [InlineData("technology:\n  distinguishability: 1.01\n", 2, 23, "technology.distinguishability", "too large", "a number in [0, 1]")]
    [InlineData("technology: 3\n", 1, 13, "technology", "is '3'", "a mapping with fields offense_defense_balance, distinguishability")]
    [InlineData("technology_changes:\n  - year: 5\n", 2, 5, "technology_changes[0]", "changes nothing", "at least one of offense_defense_balance, distinguishability")]
    [InlineData("technology_changes:\n  - year: 0\n    distinguishability: 1\n", 2, 11, "technology_changes[0].year", "too small", "a whole number in [1, 10000]")]
    [InlineData("technology_changes:\n  - offense_defense_balance: 2\n", 2, 5, "technology_changes[0].year", "missing required field", "a whole number")]
    public void TopLevelField_BadValue(string lines, int line, int column, string field, string problem, string expected)
    {
        var e = Fails(lines + "name: x\n" + Two);
        At(e, line, column, field, problem, expected);
    }

    [Fact]
    public void MissingRequiredFields()
    {
        At(Fails(Two), 1, 1, "name", "missing required field", "a name of 1 to 200 characters");
        At(Fails("name: x\nyears: 5\n"), 1, 1, "states", "missing required field", "a list of mappings (2 to 100000 items)");
        At(Fails("name: x\nstates:\n  - motive: greedy\n  - name: B\n"), 3, 5, "states[0].name", "missing required field", "a name");
        At(Fails("name:\n" + Two), 1, 6, "name", "is nothing (null)", "a name");
    }

    [Fact]
    public void FewerThanTwoStates()
    {
        At(Fails("name: x\nstates:\n  - name: A\n"), 3, 3, "states", "has 1 item", "a list of mappings (2 to 100000 items)");
        At(Fails("name: x\nstates: []\n"), 2, 9, "states", "has 0 items", "2 to 100000 items");
        At(Fails("name: x\nstates:\n  A: {}\n"), 3, 3, "states", "is a mapping", "a list of mappings");
    }

    [Fact]
    public void TooManyStates_IsRejectedBeforeAnyStateIsRead()
    {
        var text = new System.Text.StringBuilder("name: big\nstates:\n");
        for (var i = 0; i <= Limits.MaxStates; i++)
        {
            text.Append("- {name: S").Append(i).Append("}\n");
        }

        var e = Fails(text.ToString());
        Assert.Equal("states", e.Field);
        Assert.Contains($"has {Limits.MaxStates + 1} items", e.Problem, StringComparison.Ordinal);
        Assert.Contains($"2 to {Limits.MaxStates} items", e.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Borders_UnknownState_Itself_Duplicate_Defensibility()
    {
        const string head = "name: x\nstates:\n  - name: Athens\n  - name: Sparta\nborders:\n";
        At(Fails(head + "  - between: [Athens, Spartaa]\n"), 6, 23, "borders[0].between[1]", "unknown state 'Spartaa'; did you mean 'Sparta'?", "one of the states: Athens, Sparta");
        At(Fails(head + "  - between: [Athens, Athens]\n"), 6, 23, "borders[0].between[1]", "borders itself", "two different states");
        At(Fails(head + "  - between: [Athens]\n"), 6, 14, "borders[0].between", "has 1 item", "(2 to 2 items)");
        At(Fails(head + "  - between: [Athens, Sparta]\n  - between: [Sparta, Athens]\n"), 7, 5, "borders[1]", "already given as borders[0]", "each pair of states at most once");
        At(Fails(head + "  - between: [Athens, Sparta]\n    defensibility: 0\n"), 7, 20, "borders[0].defensibility", "0 is too small", "a number > 0");
        At(Fails(head + "  - defensibility: 2\n"), 6, 5, "borders[0].between", "missing required field", "a list of state names");
    }

    [Fact]
    public void Alliances_UnknownState_TooFew_Twice_Commitment()
    {
        const string head = "name: x\nstates:\n  - name: Athens\n  - name: Sparta\nalliances:\n";
        At(Fails(head + "  - members: [Athens, Thebes]\n"), 6, 23, "alliances[0].members[1]", "unknown state 'Thebes'", "one of the states: Athens, Sparta");
        At(Fails(head + "  - members: [Athens]\n"), 6, 14, "alliances[0].members", "has 1 item", "(2 to 100000 items)");
        At(Fails(head + "  - members: [Athens, Athens]\n"), 6, 23, "alliances[0].members[1]", "'Athens' is listed twice", "each member once");
        At(Fails(head + "  - members: [Athens, Sparta]\n    commitment: 1.5\n"), 7, 17, "alliances[0].commitment", "1.5 is too large", "a number in [0, 1]");
        At(Fails(head + "  - members: [Athens, Sparta]\n    commitment: -0.2\n"), 7, 17, "alliances[0].commitment", "is negative", "a number in [0, 1]");
    }

    [Fact]
    public void Guarantees_ToOneself_UnknownState_Commitment()
    {
        const string head = "name: x\nstates:\n  - name: Athens\n  - name: Sparta\nguarantees:\n";
        At(Fails(head + "  - guarantor: Athens\n    protege: Athens\n"), 7, 14, "guarantees[0].protege", "'Athens' cannot guarantee itself", "a protege other than the guarantor");
        At(Fails(head + "  - guarantor: Argos\n    protege: Athens\n"), 6, 16, "guarantees[0].guarantor", "unknown state 'Argos'", "one of the states");
        At(Fails(head + "  - guarantor: Sparta\n    protege: Athens\n    commitment: 2\n"), 8, 17, "guarantees[0].commitment", "2 is too large", "a number in [0, 1]");
        At(Fails(head + "  - guarantor: Sparta\n"), 6, 5, "guarantees[0].protege", "missing required field", "a name");
    }

    [Fact]
    public void SecondDocument_IsRejected()
    {
        var e = Fails("name: x\n" + Two + "---\nname: y\n");
        Assert.Equal(5, e.Line);
        Assert.Contains("second YAML document", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_And_Directory()
    {
        var missing = Assert.Throws<ScenarioException>(() => ScenarioDocument.Load("no/such/file.yaml"));
        Assert.Equal("no/such/file.yaml: file not found; expected an existing scenario file, e.g. scenarios/spiral.yaml", missing.Message);

        var dir = Assert.Throws<ScenarioException>(() => ScenarioDocument.Load(Path.GetTempPath()));
        Assert.Contains("is a directory", dir.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NamesTheFileInPositions()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sd-bad-{Environment.ProcessId}.yaml");
        File.WriteAllText(path, "name: x\nstates:\n  - name: A\n    offense: -1\n  - name: B\n");
        try
        {
            var e = Assert.Throws<ScenarioException>(() => ScenarioDocument.Load(path).Build());
            Assert.StartsWith($"{path}:4:14: states.A.offense: -1 is negative; expected a number in [0, 1e+12]", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
