namespace SecurityDilemma.Cli.Tests.Models;

public class GameCommandTests
{
    [Fact]
    public void StagHunt_Json_HasClassificationThresholdAndThreeEquilibria()
    {
        var j = ModelCli.Json("game", "--payoffs", "4,0,3,2", "--json");
        Assert.Equal("stag_hunt", j.Text("classification.type"));
        Assert.Equal(2.0 / 3, j.Number("cooperation_threshold.row.value"), 9);
        Assert.Equal(3, j.GetProperty("equilibria").GetArrayLength());
        Assert.Equal("mixed", j.Text("equilibria.2.kind"));
        Assert.Equal(2.0 / 3, j.Number("equilibria.2.row_cooperation"), 9);
        Assert.Equal("false", j.Text("degenerate"));
    }

    [Fact]
    public void AsymmetricGame_ReportsEachPlayer()
    {
        var j = ModelCli.Json("game", "--payoffs", "3,0,5,1", "--column-payoffs", "2,0,4,3", "--json");
        Assert.Equal("prisoners_dilemma", j.Text("classification.row"));
        Assert.Equal("deadlock", j.Text("classification.column"));
        Assert.Equal("DD", j.Text("equilibria.0.label"));
    }

    [Theory]
    [InlineData("0.333", "0", "doubly_dangerous", "prisoners_dilemma")]
    [InlineData("3", "0", "compatible_security_requirements", "stag_hunt")]
    [InlineData("0.333", "1", "aggression_possible", "chicken")]
    [InlineData("3", "1", "doubly_stable", "harmony")]
    public void GeneratedGames_NameJervissWorld(string balance, string distinguishability, string world, string type)
    {
        var j = ModelCli.Json("game", "--offense-defense-balance", balance, "--distinguishability", distinguishability, "--json");
        Assert.Equal(world, j.Text("jervis_world"));
        Assert.Equal(type, j.Text("classification.type"));
    }

    [Fact]
    public void HumanOutput_SaysWhatTheGameMeans()
    {
        var r = Cli.Run("game", "--payoffs", "3,0,5,1");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("Prisoner's Dilemma", r.Stdout);
        Assert.Contains("Meaning: defection is dominant", r.Stdout);
    }

    [Theory]
    [InlineData("--payoffs", "1,2,3")]
    [InlineData("--payoffs", "1,2,x,4")]
    [InlineData("--payoffs", "1,2,3,NaN")]
    public void MalformedPayoffs_ExitTwo(string option, string value)
        => Assert.Contains("--payoffs", ModelCli.BadInput("game", option, value));

    [Fact]
    public void OutOfRangeOrMissingParameters_ExitTwo()
    {
        Assert.Contains("--distinguishability", ModelCli.BadInput("game", "--offense-defense-balance", "2", "--distinguishability", "1.5"));
        Assert.Contains("--offense-defense-balance", ModelCli.BadInput("game", "--offense-defense-balance", "-1", "--distinguishability", "0.5"));
        Assert.Contains("--distinguishability", ModelCli.BadInput("game", "--offense-defense-balance", "2"));
        ModelCli.BadInput("game");
        ModelCli.BadInput("game", "--payoffs", "3,0,5,1", "--distinguishability", "0.5");
    }
}
