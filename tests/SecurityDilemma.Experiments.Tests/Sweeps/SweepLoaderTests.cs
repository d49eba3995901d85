using SecurityDilemma.Experiments.Sweeps;

namespace SecurityDilemma.Experiments.Tests.Sweeps;

public class SweepLoaderTests
{
    private static SweepDefinition Parse(string yaml) => SweepLoader.Parse(yaml, "s.yaml", "/tmp");

    private static SweepException Fails(string yaml) => Assert.Throws<SweepException>(() => Parse(yaml));

    [Fact]
    public void ValidGrid_ReadsEveryField()
    {
        var s = Parse("""
            name: demo
            base: ../scenarios/spiral.yaml
            seed: 7
            replications: 20
            parameters:
              technology.offense_defense_balance: [0.5, 2]
              states.*.prior_trust: {min: 0.1, max: 0.9, steps: 3}
            set:
              years: 50
            metrics: [war_occurred, mean_military_burden]
            series: true
            """);
        Assert.Equal("demo", s.Name);
        Assert.Equal("../scenarios/spiral.yaml", s.Base);
        Assert.Equal(7UL, s.Seed);
        Assert.Equal(20, s.Replications);
        Assert.Equal("grid", s.Sampling);
        Assert.Equal(["technology.offense_defense_balance", "states.*.prior_trust"], s.Parameters.Select(p => p.Path));
        Assert.Equal(["0.1", "0.5", "0.9"], s.Parameters[1].GridValues());
        Assert.Equal(["war_occurred", "mean_military_burden"], s.Metrics);
        Assert.True(s.Series);
        Assert.Equal("years", Assert.Single(s.Fixed).Override.Path);
    }

    [Fact]
    public void UnknownKey_IsAnError_WithPosition()
    {
        var e = Fails("""
            base: a.yaml
            replicatons: 3
            parameters:
              technology.distinguishability: [0.1]
            """);
        Assert.StartsWith("s.yaml:2:1: replicatons: unknown key", e.Message);
    }

    [Fact]
    public void DuplicateKey_IsAnError()
    {
        var e = Fails("""
            base: a.yaml
            parameters:
              technology.distinguishability: [0.1]
            base: b.yaml
            """);
        Assert.Contains("s.yaml:4:1", e.Message);
        Assert.Contains("duplicate", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ZeroReplications_IsAnError()
    {
        var e = Fails("""
            base: a.yaml
            replications: 0
            parameters:
              technology.distinguishability: [0.1]
            """);
        Assert.StartsWith("s.yaml:2:15: replications: 0 is out of range", e.Message);
    }

    [Fact]
    public void EmptyRange_IsAnError()
    {
        var e = Fails("""
            base: a.yaml
            sampling: random
            samples: 10
            parameters:
              technology.distinguishability: {min: 0.8, max: 0.2}
            """);
        Assert.StartsWith("s.yaml:5:34: parameters.technology.distinguishability: empty range [0.8, 0.2]", e.Message);
    }

    [Fact]
    public void EmptyValueList_IsAnError()
    {
        var e = Fails("""
            base: a.yaml
            parameters:
              technology.distinguishability: []
            """);
        Assert.StartsWith("s.yaml:3:34: parameters.technology.distinguishability: empty value list", e.Message);
    }

    [Fact]
    public void SampleSizeOverTheLimit_IsAnError()
    {
        var e = Fails("""
            base: a.yaml
            sampling: latin_hypercube
            samples: 5000000
            parameters:
              technology.distinguishability: {min: 0, max: 1}
            """);
        Assert.StartsWith("s.yaml:3:10: samples: 5000000 is out of range; expected 1 to 1,000,000", e.Message);
    }

    [Fact]
    public void MissingBase_IsAnError()
    {
        var e = Fails("""
            parameters:
              technology.distinguishability: [0.1]
            """);
        Assert.Contains("base: missing", e.Message);
    }

    [Fact]
    public void RangeInAGrid_NeedsSteps()
    {
        var e = Fails("""
            base: a.yaml
            parameters:
              technology.distinguishability: {min: 0, max: 1}
            """);
        Assert.Contains("s.yaml:3:34", e.Message);
        Assert.Contains("steps", e.Message);
    }

    [Fact]
    public void UnknownMetric_IsAnError()
    {
        var e = Fails("""
            base: a.yaml
            parameters:
              technology.distinguishability: [0.1]
            metrics: [war_occurred, wars]
            """);
        Assert.StartsWith("s.yaml:4:25: metrics: unknown metric 'wars'", e.Message);
    }

    [Theory]
    [InlineData("base: a.yaml\nparameters: [\n", 3)]
    [InlineData("base: a.yaml\nparameters:\n\ttechnology.distinguishability: [0.1]\n", 0)]
    public void BadYaml_IsAnError_WithPosition(string yaml, int line)
    {
        var e = Fails(yaml);
        Assert.Contains("invalid YAML", e.Message);
        Assert.Matches(@"^s\.yaml:\d+:\d+: ", e.Message);
        if (line > 0)
        {
            Assert.StartsWith($"s.yaml:{line}:", e.Message);
        }
    }

    [Fact]
    public void UnknownSampler_IsAnError()
    {
        var e = Fails("""
            base: a.yaml
            sampling: sobol
            samples: 10
            parameters:
              technology.distinguishability: {min: 0, max: 1}
            """);
        Assert.StartsWith("s.yaml:2:11: sampling: unknown sampler 'sobol'", e.Message);
    }

    [Fact]
    public void ScenarioParameter_ReplacesBase()
    {
        var s = Parse("""
            parameters:
              scenario: [two.yaml, three.yaml]
              technology.distinguishability: [0.1, 0.9]
            """);
        Assert.Null(s.Base);
        Assert.False(s.Parameters[0].IsNumeric);
        Assert.True(s.Parameters[1].IsNumeric);
    }
}
