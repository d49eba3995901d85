using SecurityDilemma.Reports.Tests.Support;

namespace SecurityDilemma.Reports.Tests.Commands;

[Collection(InputsCollection.Name)]
public class PlotCommandTests(Inputs inputs)
{
    [Fact]
    public void EveryKind_WritesAValidFigure_InBothFormats()
    {
        var args = new Dictionary<string, string[]>
        {
            ["run-forces"] = [inputs.RunDir],
            ["run-series"] = [inputs.RunDir, "--metric", "security"],
            ["run-trust"] = [inputs.RunDir],
            ["run-threat"] = [inputs.RunDir],
            ["run-alliances"] = [inputs.RunDir],
            ["run-band"] = [inputs.Sweep],
            ["sweep-heatmap"] = [inputs.Sweep, "--metric", "war_occurred"],
            ["sweep-lines"] = [inputs.Sweep, "--group", "technology.distinguishability"],
            ["sweep-facets"] = [inputs.Sweep],
            ["tournament-scores"] = [inputs.Matches],
            ["tournament-payoffs"] = [inputs.TournamentJson],
            ["tournament-wins"] = [inputs.TournamentJson],
            ["moran"] = [inputs.MoranFiles[0]],
            ["moran-fixation"] = inputs.MoranFiles,
            ["richardson-phase"] = ["docs/examples/richardson-1909-1913.csv", "--x", "entente", "--y", "alliance"],
        };
        Assert.Equal(args.Keys.Order(), SecurityDilemma.Cli.Commands.PlotCommand.KindNames.Order());
        // The boxplots read the tournament's JSON as well as its matches file.
        args["tournament-scores (json)"] = [inputs.TournamentJson];
        foreach (var (label, rest) in args)
        {
            var kind = label.Split(' ')[0];
            var png = inputs.Output(kind + ".png");
            var svg = inputs.Output(kind + ".svg");
            Directory.CreateDirectory(Path.GetDirectoryName(png)!);
            var r = Dilemma.Ok(["plot", kind, .. rest, "--out", png]);
            Assert.StartsWith($"wrote {png} ({kind}: ", r.Stdout);
            Assert.InRange(new FileInfo(png).Length, 2_000, FigureAssert.MaxPngBytes);
            Dilemma.Ok(["plot", kind, .. rest, "--out", svg]);
            var texts = FigureAssert.SvgTexts(File.ReadAllText(svg));
            Assert.True(texts.Count >= 5, $"{kind}: only {texts.Count} texts in the SVG");
        }
    }

    [Theory]
    [InlineData("unknown plot kind 'heatmap'", "plot", "heatmap", "RUN", "--out", "OUT.png")]
    [InlineData("--metric: 'war_rate' is not in", "plot", "sweep-heatmap", "SWEEP", "--metric", "war_rate", "--out", "OUT.png")]
    [InlineData("--x: 'balance' is not a varied parameter", "plot", "sweep-lines", "SWEEP", "--x", "balance", "--out", "OUT.svg")]
    [InlineData("cannot tell the image format", "plot", "run-forces", "RUN", "--out", "OUT.jpg")]
    [InlineData("the directory of", "plot", "run-forces", "RUN", "--out", "MISSING/OUT.png")]
    [InlineData("the directory of", "plot", "run-forces", "RUN", "--out", "FILE/OUT.png")]
    [InlineData("cannot write '/proc/dilemma-test.png' (the directory does not accept new files)", "plot", "run-forces", "RUN", "--out", "/proc/dilemma-test.png")]
    [InlineData("cannot write '/proc/dilemma-test.html' (the directory does not accept new files)", "report", "RUN", "--out", "/proc/dilemma-test.html")]
    [InlineData("has no series.csv or series.parquet", "plot", "run-forces", "ROOT", "--out", "OUT.png")]
    [InlineData("'Atlantis' is not a series column", "plot", "run-band", "SWEEP", "--metric", "Atlantis", "--out", "OUT.png")]
    [InlineData("does not end in .html", "report", "RUN", "--out", "OUT.htm")]
    [InlineData("the directory of", "report", "RUN", "--out", "MISSING/OUT.html")]
    [InlineData("is a tournament input among 2 inputs", "report", "TOURNAMENT", "MORAN", "--out", "OUT.html")]
    [InlineData("is JSON but neither a tournament's", "report", "NEITHER", "--out", "OUT.html")]
    [InlineData("aspects: missing", "report", "RUN", "--diagnosis", "TOURNAMENT", "--out", "OUT.html")]
    [InlineData("--diagnosis only with a run directory or a sweep database", "report", "TOURNAMENT", "--diagnosis", "DIAGNOSIS", "--out", "OUT.html")]
    [InlineData("sweep: missing, but the report is of sweep 'gallery'", "report", "SWEEP", "--diagnosis", "DIAGNOSIS", "--out", "OUT.html")]
    [InlineData("no such file or directory", "report", "MISSING/x.json", "--out", "OUT.html")]
    public void BadInput_OneLine_Exit2_NoFile(string message, params string[] template)
    {
        var dir = Path.Combine(inputs.Root, "bad-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "FILE"), "a file, not a directory");
        var args = template.Select(a => a
            .Replace("RUN", inputs.RunDir, StringComparison.Ordinal)
            .Replace("SWEEP", inputs.Sweep, StringComparison.Ordinal)
            .Replace("TOURNAMENT", inputs.TournamentJson, StringComparison.Ordinal)
            .Replace("MORAN", inputs.MoranFiles[0], StringComparison.Ordinal)
            .Replace("NEITHER", Neither(), StringComparison.Ordinal)
            .Replace("DIAGNOSIS", inputs.Diagnosis, StringComparison.Ordinal)
            .Replace("ROOT", dir, StringComparison.Ordinal)
            .Replace("MISSING/", Path.Combine(dir, "missing") + "/", StringComparison.Ordinal)
            .Replace("FILE/", Path.Combine(dir, "FILE") + "/", StringComparison.Ordinal)
            .Replace("OUT", Path.Combine(dir, "out"), StringComparison.Ordinal)).ToArray();
        var r = Dilemma.Run(args);
        Assert.True(r.ExitCode == 2, r.ToString());
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(message, line);
        Assert.Equal("", r.Stdout);
        Assert.Equal(["FILE"], Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName));
    }

    /// <summary>A JSON file that is neither a tournament's nor a Moran process's output (outside the checked directory).</summary>
    private string Neither()
    {
        var path = Path.Combine(inputs.Root, "neither.json");
        File.WriteAllText(path, "{\"strategies\": [\"Tit For Tat\"]}");
        return path;
    }
}
