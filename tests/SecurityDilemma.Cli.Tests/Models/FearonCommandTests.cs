namespace SecurityDilemma.Cli.Tests.Models;

public class FearonCommandTests
{
    [Fact]
    public void Fearon1995_Json_BargainingRangeFirstStrikeAndPreventiveWar()
    {
        // Fearon (1995): [0.4, 0.6] for p = 0.5, c = 0.1 each; first strike 0.7/0.4 with costs 0.1 + 0.1: no peace.
        var j = ModelCli.Json("fearon", "--p", "0.5", "--cost-a", "0.1", "--cost-b", "0.1", "--p-first", "0.7", "--p-second", "0.4", "--p-later", "0.2", "--discount", "0.9", "--json");
        Assert.Equal(0.4, j.Number("bargaining_range.low"), 12);
        Assert.Equal(0.6, j.Number("bargaining_range.high"), 12);
        Assert.Equal("false", j.Text("first_strike_peace"));
        Assert.Equal("true", j.Text("first_strike.peaceful_range.empty"));
        Assert.Equal("true", j.Text("preventive_war.declining_state_fights"));
        Assert.Equal(4, j.Number("preventive_war.war_value"), 9);
    }

    [Fact]
    public void WithoutFirstStrikeOptions_FirstStrikePeaceIsNull()
    {
        var j = ModelCli.Json("fearon", "--p", "0.5", "--cost-a", "0.1", "--cost-b", "0.1", "--json");
        Assert.Equal("null", j.Text("first_strike_peace"));
        Assert.Equal("null", j.Text("preventive_war"));
    }

    [Fact]
    public void BadInput_ExitsTwo()
    {
        Assert.Contains("--p", ModelCli.BadInput("fearon", "--p", "1.2", "--cost-a", "0.1", "--cost-b", "0.1"));
        Assert.Contains("--cost-b", ModelCli.BadInput("fearon", "--p", "0.5", "--cost-a", "0.1", "--cost-b", "-0.1"));
        Assert.Contains("--p-second", ModelCli.BadInput("fearon", "--p", "0.5", "--cost-a", "0.1", "--cost-b", "0.1", "--p-first", "0.7"));
        Assert.Contains("--p-first", ModelCli.BadInput("fearon", "--p", "0.5", "--cost-a", "0.1", "--cost-b", "0.1", "--p-first", "1.7", "--p-second", "0.4"));
        Assert.Contains("--discount", ModelCli.BadInput("fearon", "--p", "0.5", "--cost-a", "0.1", "--cost-b", "0.1", "--p-later", "0.2", "--discount", "1"));
    }
}
