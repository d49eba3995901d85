using SecurityDilemma.Experiments.Sweeps;

namespace SecurityDilemma.Experiments.Tests.Sweeps;

/// <summary>The sweep loader holds sweep files to the scenario files' rules: a nesting limit, no YAML tags, numbers unquoted.</summary>
public class SweepLoaderHostileTests
{
    private static SweepException Fails(string yaml) => Assert.Throws<SweepException>(() => SweepLoader.Parse(yaml, "s.yaml", "/tmp"));

    [Fact]
    public void DeepFlowNesting_IsRefusedAtItsPlace_BeforeTheRecursiveLoader()
    {
        var e = Fails("base: a.yaml\nparameters:\n  years: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        Assert.Equal(("s.yaml", 3), (e.Source, e.Line));
        Assert.Contains("nesting deeper than 64 levels", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SixtyFourLevels_AreStillAccepted_AsFarAsNestingGoes()
    {
        // 63 nested lists inside the mapping: deep, but within the limit; the loader then refuses the value itself.
        var e = Fails("base: a.yaml\nparameters:\n  years: " + new string('[', 62) + "3" + new string(']', 62) + "\n");
        Assert.DoesNotContain("nesting", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("base: a.yaml\nreplications: !!int 5\nparameters:\n  years: [3]\n", 2, "a YAML tag ('!!int')")]
    [InlineData("base: a.yaml\nseed: \"7\"\nparameters:\n  years: [3]\n", 2, "'7' is quoted, so it is text")]
    [InlineData("base: a.yaml\nparameters:\n  years: [3, '4']\n", 3, "'4' is quoted, so it is text")]
    [InlineData("base: a.yaml\nparameters:\n  states.*.motive: [greedy, 'true']\n", 3, "'true' is quoted, so it is text")]
    [InlineData("base: a.yaml\nset:\n  years: \"50\"\nparameters:\n  states.*.motive: [greedy]\n", 3, "'50' is quoted, so it is text")]
    public void TagsAndQuotedNumbers_AreRefused_AsInScenarioFiles(string yaml, int line, string problem)
    {
        var e = Fails(yaml);
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedText_StaysText()
    {
        var s = SweepLoader.Parse("base: a.yaml\nparameters:\n  states.*.motive: [greedy, 'security_seeker']\n", "s.yaml", "/tmp");
        Assert.Equal(["greedy", "security_seeker"], s.Parameters[0].Values!);
    }
}
