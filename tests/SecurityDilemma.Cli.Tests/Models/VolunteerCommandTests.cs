namespace SecurityDilemma.Cli.Tests.Models;

public class VolunteerCommandTests
{
    [Theory]
    [InlineData("2", 0.25)]
    [InlineData("3", 0.3536)]
    [InlineData("4", 0.3969)]
    [InlineData("5", 0.4204)]
    public void Diekmann1985_VolunteersDilemma_Json(string n, double nobody)
    {
        // Diekmann (1985): P(nobody) = (c/b)^(n/(n-1)) for c/b = 0.5.
        var j = ModelCli.Json("volunteer", "--n", n, "--cost", "1", "--benefit", "2", "--json");
        Assert.Equal(nobody, j.Number("nobody_probability"), 4);
        Assert.Equal(1 - Math.Pow(0.5, 1.0 / (int.Parse(n) - 1)), j.Number("volunteer_probability"), 9);
    }

    [Fact]
    public void BadInput_ExitsTwo()
    {
        Assert.Contains("--n", ModelCli.BadInput("volunteer", "--n", "1", "--cost", "1", "--benefit", "2"));
        Assert.Contains("--cost", ModelCli.BadInput("volunteer", "--n", "3", "--cost", "3", "--benefit", "2"));
        Assert.Contains("--cost", ModelCli.BadInput("volunteer", "--n", "3", "--cost", "-1", "--benefit", "2"));
    }
}
