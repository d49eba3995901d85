namespace SecurityDilemma.Cli.Tests.Models;

public sealed class RichardsonCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dilemma-richardson-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Richardson1960_FitOfTheShippedFixture_Json()
    {
        // Richardson (1960), Arms and Insecurity: slope 0.7310, intercept -142.49, zero crossing 194.9, r 0.9995.
        var j = ModelCli.Json("richardson", "fit", "docs/examples/richardson-1909-1913.csv", "--x", "entente", "--y", "alliance", "--year", "year", "--json");
        Assert.Equal(0.7310, j.Number("summed.slope"), 4);
        Assert.Equal(-142.49, j.Number("summed.intercept"), 2);
        Assert.Equal(194.9, j.Number("summed.zero_crossing"), 1);
        Assert.Equal(0.9995, j.Number("summed.r"), 4);
        Assert.True(j.Number("full.k.standard_error") > 0);
        Assert.Equal(1, j.Number("full.degrees_of_freedom"));
    }

    [Theory]
    [InlineData("chart.png")]
    [InlineData("chart.svg")]
    public void Plot_IsWrittenInTheFormatOfItsExtension(string name)
    {
        var path = Path.Combine(_dir, name);
        var r = Cli.Run("richardson", "fit", "docs/examples/richardson-1909-1913.csv", "--x", "entente", "--y", "alliance", "--plot", path);
        Assert.True(r.ExitCode == 0, r.ToString());
        var bytes = File.ReadAllBytes(path);
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes: nothing drawn?");
        }
        else
        {
            var svg = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.Contains("<svg", svg);
            Assert.Contains("zero crossing", svg);
        }
    }

    [Theory]
    [InlineData("year,a,b\n1900,1,2\n1901,,3\n1902,3,4\n", ":3:6: a: missing value")]
    [InlineData("year,a,b\n1900,1,2\n1901,2,abc\n1902,3,4\n", ":3:8: b: not a number: 'abc'")]
    [InlineData("year,a,b\n1900,1,2\n1901,2,3\n", "only 2 year(s) of data")]
    [InlineData("year,a,c\n1900,1,2\n1901,2,3\n1902,3,4\n", ":1:1: b: unknown column")]
    public void BadCsv_ExitsTwo_WithPosition_AndWritesNoPlot(string text, string expected)
    {
        var csv = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(csv, text);
        var plot = Path.Combine(_dir, "out.png");
        var stderr = ModelCli.BadInput("richardson", "fit", csv, "--x", "a", "--y", "b", "--plot", plot);
        Assert.StartsWith($"error: {csv}", stderr, StringComparison.Ordinal);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(plot));
    }

    [Fact]
    public void ThreeYears_FitTheSummedLine_WithNullStandardErrors_AndNoFullFit()
    {
        var csv = Path.Combine(_dir, "three.csv");
        File.WriteAllText(csv, "year,a,b\n1900,1,2\n1901,2,3\n1902,4,5\n");
        var j = ModelCli.Json("richardson", "fit", csv, "--x", "a", "--y", "b", "--json");

        // U = 3, 5, 9: changes 2, 4 at midpoints 4, 7: slope 2/3, intercept -2/3, zero crossing 1.
        Assert.Equal(2.0 / 3, j.Number("summed.slope"), 9);
        Assert.Equal(1, j.Number("summed.zero_crossing"), 9);
        Assert.Equal("null", j.Text("summed.slope_standard_error"));
        Assert.Equal("null", j.Text("full"));
        Assert.Contains("at least 5 years", j.Text("full_unavailable"));
    }

    [Fact]
    public void MissingFileOrUnknownPlotFormat_ExitsTwo()
    {
        Assert.Contains("file not found", ModelCli.BadInput("richardson", "fit", Path.Combine(_dir, "none.csv"), "--x", "a", "--y", "b"));
        var plot = Path.Combine(_dir, "chart.jpg");
        Assert.Contains("--plot", ModelCli.BadInput("richardson", "fit", "docs/examples/richardson-1909-1913.csv", "--x", "entente", "--y", "alliance", "--plot", plot));
        Assert.False(File.Exists(plot));
    }

    [Fact]
    public void Simulate_Json_HasEquilibriumStabilityAndTrajectory()
    {
        var j = ModelCli.Json("richardson", "simulate", "--k", "0.9", "--a", "2", "--g", "1", "--l", "0.8", "--b", "1.5", "--h", "2", "--duration", "30", "--points", "301", "--json");
        Assert.Equal((1.5 + 1.8) / 2.28, j.Number("equilibrium.x"), 9);
        Assert.Equal("true", j.Text("stable"));
        Assert.Equal(301, j.GetProperty("trajectory").GetArrayLength());
        Assert.Equal(j.Number("equilibrium.x"), j.Number("trajectory.300.x"), 5);
        ModelCli.BadInput("richardson", "simulate", "--k", "1", "--a", "1", "--l", "1", "--b", "1", "--points", "1");
    }
}
