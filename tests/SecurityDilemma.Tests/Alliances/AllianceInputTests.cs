using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Alliances;

/// <summary>Bad input in the alliance vocabulary is answered like the rest: file:line:col, the field, the problem, what was expected.</summary>
public class AllianceInputTests
{
    private const string TwoStates = "name: bad\nstates:\n  - name: Athens\n  - name: Sparta\n";

    private static ScenarioException Fails(string yaml) =>
        Assert.Throws<ScenarioException>(() => ScenarioDocument.Parse(yaml, "bad.yaml").Build());

    [Fact]
    public void AnAllianceNamingAnUnknownState()
    {
        var e = Fails(TwoStates + "alliances:\n  - members: [Athens, Corinth]\n    commitment: 0.5\n");
        Assert.Equal(("bad.yaml", 6, 23), (e.Source, e.Line, e.Column));
        Assert.Equal("alliances[0].members[1]", e.Field);
        Assert.Contains("Corinth", e.Problem, StringComparison.Ordinal);
        Assert.Contains("Athens, Sparta", e.Expected, StringComparison.Ordinal);
        Assert.StartsWith("bad.yaml:6:23: alliances[0].members[1]:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGuaranteeToOneself()
    {
        var e = Fails(TwoStates + "guarantees:\n  - guarantor: Sparta\n    protege: Sparta\n");
        Assert.Equal((7, 14), (e.Line, e.Column));
        Assert.Equal("guarantees[0].protege", e.Field);
        Assert.Contains("itself", e.Problem, StringComparison.Ordinal);
        Assert.Equal("a protege other than the guarantor", e.Expected);
    }

    [Theory]
    [InlineData("alliances:\n  - members: [Athens, Sparta]\n    commitment: 1.5\n", "alliances[0].commitment", 7, 17)]
    [InlineData("alliances:\n  - members: [Athens, Sparta]\n    commitment: -0.1\n", "alliances[0].commitment", 7, 17)]
    [InlineData("guarantees:\n  - guarantor: Athens\n    protege: Sparta\n    commitment: 2\n", "guarantees[0].commitment", 8, 17)]
    public void ACommitmentOutsideZeroToOne(string tail, string field, int line, int column)
    {
        var e = Fails(TwoStates + tail);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Equal(field, e.Field);
        Assert.Equal("a number in [0, 1]", e.Expected);
    }

    [Fact]
    public void AnAlliancePropensityOutsideZeroToOne()
    {
        var e = Fails("name: bad\nstates:\n  - name: Athens\n    alliance_propensity: 1.2\n  - name: Sparta\n");
        Assert.Equal((4, 26), (e.Line, e.Column));
        Assert.Equal("states.Athens.alliance_propensity", e.Field);
        Assert.Equal("a number in [0, 1]", e.Expected);
    }

    [Fact]
    public void AnUnknownPolicy()
    {
        var e = Fails("name: bad\nstates:\n  - name: Athens\n    policy: appeasement\n  - name: Sparta\n");
        Assert.Equal((4, 13), (e.Line, e.Column));
        Assert.Equal("states.Athens.policy", e.Field);
        Assert.Equal("one of utility, conciliation, firmness", e.Expected);
    }
}
