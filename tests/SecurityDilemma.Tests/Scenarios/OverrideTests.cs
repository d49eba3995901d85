using System.Diagnostics;
using SecurityDilemma.Scenarios;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Scenarios;

public class OverrideTests(ITestOutputHelper output)
{
    private const string Yaml = """
        name: o
        years: 20
        states:
          - name: Athens
            offense: 5
          - name: Sparta
            offense: 6
          - name: Corinth
        borders:
          - between: [Athens, Sparta]
          - between: [Sparta, Corinth]
        alliances:
          - members: [Athens, Sparta]
        """;

    private static ScenarioDocument Doc() => ScenarioDocument.Parse(Yaml, "o.yaml");

    private static Scenario Set(params string[] overrides) => Doc().With(overrides).Build();

    [Fact]
    public void TopLevelFields()
    {
        var s = Set("years=50", "seed=7", "hierarchy=true", "observation_noise=0.3", "name=renamed");
        Assert.Equal(50, s.Years);
        Assert.Equal(7UL, s.Seed);
        Assert.True(s.Hierarchy);
        Assert.Equal(0.3, s.ObservationNoise);
        Assert.Equal("renamed", s.Name);
    }

    [Fact]
    public void NestedField_IsCreatedWhenTheFileLacksItsParent()
    {
        var s = Set("technology.distinguishability=0.8");
        Assert.Equal(0.8, s.Technology.Distinguishability);
        Assert.Equal(new Technology().OffenseDefenseBalance, s.Technology.OffenseDefenseBalance);
    }

    [Fact]
    public void StateByName_ByIndex_AndAll()
    {
        var s = Set("states.Athens.motive=greedy", "states[1].offense=3", "states.*.worst_case_bias=0.5");
        Assert.Equal(Motive.Greedy, s.States[0].Motive);
        Assert.Equal(Motive.SecuritySeeker, s.States[1].Motive);
        Assert.Equal(3, s.States[1].Offense);
        Assert.Equal(5, s.States[0].Offense);
        Assert.All(s.States, st => Assert.Equal(0.5, st.WorstCaseBias));
    }

    [Fact]
    public void LaterOverridesWin_AndAStateCanBeRenamed()
    {
        var doc = ScenarioDocument.Parse("name: r\nstates:\n  - name: Athens\n  - name: Sparta\n", "r.yaml");
        var s = doc.With("states.Athens.offense=1", "states.Athens.offense=2", "states.Athens.name=Thebes", "states.Thebes.defense=9").Build();
        Assert.Equal("Thebes", s.States[0].Name);
        Assert.Equal(2, s.States[0].Offense);
        Assert.Equal(9, s.States[0].Defense);
    }

    [Fact]
    public void RenamingAStateThatOthersReferTo_IsCaughtByBuild()
    {
        var e = Assert.Throws<ScenarioException>(Doc().With("states.Athens.name=Thebes").Build);
        Assert.Equal("borders[0].between[0]", e.Field);
        Assert.Contains("unknown state 'Athens'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ListItemsByIndexAndWildcard_AndFlowValues()
    {
        var s = Set("borders.*.defensibility=2", "borders[0].defensibility=3", "alliances[0].members=[Sparta, Corinth]", "alliances.*.commitment=0.9");
        Assert.Equal(3, s.Borders[0].Defensibility);
        Assert.Equal(2, s.Borders[1].Defensibility);
        Assert.Equal(["Sparta", "Corinth"], s.Alliances[0].Members);
        Assert.Equal(0.9, s.Alliances[0].Commitment);
    }

    [Fact]
    public void Null_ClearsAnOptionalField()
    {
        var s = Set("states.*.perceived_offense_defense_balance=0.4", "states.Athens.perceived_offense_defense_balance=null");
        Assert.Null(s.States[0].PerceivedOffenseDefenseBalance);
        Assert.Equal(0.4, s.States[1].PerceivedOffenseDefenseBalance);
    }

    [Fact]
    public void TheOriginalDocumentIsUnchanged()
    {
        var doc = Doc();
        _ = doc.With("states.*.offense=9", "years=3").Build();
        var s = doc.Build();
        Assert.Equal(5, s.States[0].Offense);
        Assert.Equal(20, s.Years);
    }

    [Theory]
    [InlineData("states.Xerxes.offense=1", "states.Xerxes.offense", "no item of states is named 'Xerxes'", "one of Athens, Sparta, Corinth")]
    [InlineData("states.Athen.offense=1", "states.Athen.offense", "did you mean 'Athens'?", "one of Athens, Sparta, Corinth")]
    [InlineData("states.Athens.offence=1", "states.Athens.offence", "unknown field 'offence' in states.Athens; did you mean 'offense'?", "states.Athens.resources")]
    [InlineData("technology.balance=2", "technology.balance", "unknown field 'balance' in technology", "technology.offense_defense_balance, technology.distinguishability")]
    [InlineData("yeras=5", "yeras", "unknown field 'yeras'; did you mean 'years'?", "technology.distinguishability")]
    [InlineData("states[7].offense=1", "states[7].offense", "states[7] does not exist (states has 3 items)", "an index from 0 to 2")]
    [InlineData("technology=3", "technology", "technology is a mapping, not a value", "technology.offense_defense_balance")]
    [InlineData("states=3", "states", "states is a list", "states.NAME.{name|motive")]
    [InlineData("states.Athens=3", "states.Athens", "states is a list", "states.NAME.")]
    [InlineData("years.max=3", "years.max", "years is a value and has no field 'max'", "years")]
    [InlineData("borders.Athens.defensibility=3", "borders.Athens.defensibility", "items of borders have no name; address them by index", "borders[i]")]
    [InlineData("guarantees[0].commitment=0.5", "guarantees[0].commitment", "the scenario has no guarantees to change", "")]
    [InlineData("states[x].offense=1", "states[x].offense", "a malformed index", "states[0]")]
    [InlineData("states..offense=1", "states..offense", "an empty path segment", "states.Athens.offense")]
    public void BadPath_NamesTheOptionThePathAndWhatExists(string text, string field, string problem, string expected)
    {
        var e = Assert.Throws<ScenarioException>(() => Doc().With(text));
        Assert.Equal("--set", e.Source);
        Assert.Null(e.Line);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.Contains(expected, e.Expected, StringComparison.Ordinal);
        Assert.StartsWith($"--set: {field}: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("states.Athens.offense=-3", "states.Athens.offense", "-3 is negative", "a number in [0, 1e+12]")]
    [InlineData("technology.distinguishability=high", "technology.distinguishability", "'high' is not a number", "a number in [0, 1]")]
    [InlineData("years=0", "years", "0 is too small", "[1, 10000]")]
    [InlineData("states.*.motive=angry", "states.Athens.motive", "unknown value 'angry'", "one of security_seeker, greedy, power_maximizer")]
    [InlineData("alliances[0].members=[Athens, Argos]", "alliances[0].members[1]", "unknown state 'Argos'", "one of the states")]
    public void BadValue_IsReportedAtBuild_WithTheOptionAsSource(string text, string field, string problem, string expected)
    {
        var doc = Doc().With(text);
        var e = Assert.Throws<ScenarioException>(doc.Build);
        Assert.Equal("--set", e.Source);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.Contains(expected, e.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("noequals")]
    [InlineData("=5")]
    public void MalformedOverride(string text)
    {
        var e = Assert.Throws<ScenarioException>(() => ParameterOverride.Parse(text));
        Assert.Equal("--set", e.Source);
        Assert.Contains("PATH=VALUE", e.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedOverriding_IsCheapEnoughForSweeps()
    {
        // A sweep applies a few overrides per point; 5,000 points must take seconds, not minutes
        // (a loose bound: the shared test machine can be heavily loaded).
        var doc = ScenarioDocument.Load(RepoFiles.Path("scenarios/july-1914.yaml"));
        var watch = Stopwatch.StartNew();
        var total = 0.0;
        for (var i = 0; i < 5_000; i++)
        {
            ParameterOverride[] overrides =
            [
                new("technology.distinguishability", (i % 10 / 10.0).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("states.*.worst_case_bias", "0.5"),
            ];
            var s = doc.With(overrides).Build();
            total += s.Technology.Distinguishability;
        }

        output.WriteLine($"5,000 With+Build of july-1914.yaml: {watch.Elapsed.TotalMilliseconds:F0} ms ({watch.Elapsed.TotalMilliseconds / 5.0:F1} us each)");
        Assert.Equal(5_000 * 0.45, total, 6);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }
}
