namespace SecurityDilemma.Cli.Tests.Models;

public class CombatCommandTests
{
    [Fact]
    public void ThreeToOneRule_Json()
    {
        var j = ModelCli.Json("combat", "ratio", "--target", "0.5", "--balance", "3", "--json");
        Assert.Equal(3, j.Number("required_force_ratio"), 12);
        var csf = ModelCli.Json("combat", "csf", "--attacker", "3", "--defender", "1", "--balance", "3", "--json");
        Assert.Equal(0.5, csf.Number("win_probability"), 12);
    }

    [Fact]
    public void Lanchester_Json_SquareAndLinear()
    {
        var square = ModelCli.Json("combat", "lanchester", "--force-a", "100", "--force-b", "80", "--json");
        Assert.Equal("A", square.Text("winner"));
        Assert.Equal(60, square.Number("survivors_a"), 6);
        Assert.True(square.Number("invariant_drift") < 1e-9);
        var linear = ModelCli.Json("combat", "lanchester", "--force-a", "100", "--force-b", "60", "--effectiveness-b", "2", "--law", "linear", "--json");
        Assert.Equal("B", linear.Text("winner"));
        Assert.Equal(10, linear.Number("survivors_b"), 6);
        Assert.Equal("linear", linear.Text("law"));
    }

    [Fact]
    public void BadInput_ExitsTwo()
    {
        Assert.Contains("--target", ModelCli.BadInput("combat", "ratio", "--target", "1"));
        Assert.Contains("--balance", ModelCli.BadInput("combat", "csf", "--attacker", "1", "--defender", "1", "--balance", "0"));
        Assert.Contains("--law", ModelCli.BadInput("combat", "lanchester", "--force-a", "1", "--force-b", "1", "--law", "cubic"));
        Assert.Contains("--force-b", ModelCli.BadInput("combat", "lanchester", "--force-a", "1", "--force-b", "-5"));
    }
}
