namespace SecurityDilemma.Cli.Tests.Models;

public class KyddCommandTests
{
    [Fact]
    public void Threshold_Json()
    {
        var j = ModelCli.Json("kydd", "threshold", "--cost", "1", "--temptation", "0.2", "--trust", "0.6", "--json");
        Assert.Equal(1 / 1.8, j.Number("threshold"), 9);
        Assert.Equal("true", j.Text("cooperates"));
        Assert.Equal("true", j.Text("trustworthy"));
    }

    [Fact]
    public void Update_Json_FollowsEachObservation()
    {
        var j = ModelCli.Json("kydd", "update", "--prior", "0.5", "--arm-if-security-seeker", "0.2", "--arm-if-greedy", "0.8", "--observe", "arm,restraint", "--json");
        Assert.Equal(0.2, j.Number("steps.0.posterior"), 9);
        Assert.Equal(0.5, j.Number("posterior"), 9);
    }

    [Fact]
    public void Signal_Json()
    {
        var j = ModelCli.Json("kydd", "signal", "--gain-trustworthy", "0.6", "--gain-untrustworthy", "0.3", "--cost", "0.45", "--json");
        Assert.Equal(0.3, j.Number("interval.low"), 9);
        Assert.Equal(0.6, j.Number("interval.high"), 9);
        Assert.Equal("true", j.Text("separates"));
    }

    [Fact]
    public void BadInput_ExitsTwo()
    {
        Assert.Contains("--prior", ModelCli.BadInput("kydd", "update", "--prior", "1.5", "--arm-if-security-seeker", "0.2", "--arm-if-greedy", "0.8"));
        Assert.Contains("--arm-if-greedy", ModelCli.BadInput("kydd", "update", "--prior", "0.5", "--arm-if-security-seeker", "0.2", "--arm-if-greedy", "-0.1"));
        Assert.Contains("--observe", ModelCli.BadInput("kydd", "update", "--prior", "0.5", "--arm-if-security-seeker", "0.2", "--arm-if-greedy", "0.8", "--observe", "arm,attack"));
        Assert.Contains("--cost", ModelCli.BadInput("kydd", "threshold", "--cost", "0", "--temptation", "0.5"));
        Assert.Contains("--trust", ModelCli.BadInput("kydd", "threshold", "--cost", "1", "--temptation", "0.5", "--trust", "2"));
    }
}
