using SecurityDilemma.Reports.Tests.Support;

namespace SecurityDilemma.Reports.Tests.Commands;

/// <summary><c>--plot FILE</c> on the commands whose natural answer is a figure.</summary>
[Collection(InputsCollection.Name)]
public class PlotOptionTests(Inputs inputs)
{
    [Theory]
    [InlineData("Best responses: StagHunt", "game", "--payoffs", "4,0,3,3")]
    [InlineData("Fearon's bargaining range: p = 0.5, c_A = 0.1, c_B = 0.1 gives [0.4, 0.6]", "fearon", "--p", "0.5", "--cost-a", "0.1", "--cost-b", "0.1")]
    [InlineData("Tournament scores in rank order (5 repetitions, seed 3)", "tournament", "--strategies", "tft,alld,wsls", "-r", "5", "--seed", "3")]
    [InlineData("Moran process: population over time", "moran", "-p", "tft=3,alld=3", "--seed", "2")]
    public void Plot_WritesTheFigure_NamedInItsTitle(string title, params string[] args)
    {
        var svg = inputs.Output("option.svg");
        Directory.CreateDirectory(Path.GetDirectoryName(svg)!);
        var command = args[0] == "moran" ? ["tournament", .. args] : args;
        Dilemma.Ok([.. command, "--plot", svg]);
        var texts = string.Join("\n", FigureAssert.SvgTexts(File.ReadAllText(svg)));
        Assert.Contains(title, texts);
    }

    [Theory]
    [InlineData("game", "--payoffs", "4,0,3,3")]
    [InlineData("fearon", "--p", "0.5", "--cost-a", "0.1", "--cost-b", "0.1")]
    [InlineData("tournament", "--strategies", "tft,alld", "-r", "2")]
    public void Plot_ToABadPath_Exit2_BeforeAnyWork(params string[] args)
    {
        var dir = Path.Combine(inputs.Root, "option-" + Guid.NewGuid().ToString("N")[..8]);
        var r = Dilemma.Run([.. args, "--plot", Path.Combine(dir, "missing", "x.png")]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--plot: the directory of", r.Stderr);
        Assert.Equal("", r.Stdout);
        Assert.False(Directory.Exists(dir));
    }
}
