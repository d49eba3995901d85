using System.Text;
using System.Text.Json;

namespace SecurityDilemma.Cli.Tests.Hostile;

/// <summary>Hostile command lines: output targets, parse errors, echoed values, payoffs, limits, and JSON that must stay JSON.</summary>
public sealed class HostileCommandLineTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("sd-hostile-cl-");

    public void Dispose() => dir.Delete(recursive: true);

    private static string Shipped(string relative) => Path.Combine(Cli.RepoRoot, relative);

    private string In(string name) => Path.Combine(dir.FullName, name);

    [Fact]
    public void OutputTargets_AreCheckedBeforeWork_OneLine_NothingWritten()
    {
        var spiral = Shipped("scenarios/spiral.yaml");
        var sweep = Shipped("sweeps/cultures.yaml");
        File.WriteAllText(In("file"), "x");
        Directory.CreateDirectory(In("existing"));
        Refusal.Assert(InProcess.Run("run", spiral, "--out", ""), 2, "--out: an empty path");
        Refusal.Assert(InProcess.Run("run", spiral, "--out", In("file/sub")), 2, "which is a file");
        Refusal.Assert(InProcess.Run("run", spiral, "--out", In(new string('a', 5_000))), 2, "a path of ");
        Refusal.Assert(InProcess.Run("run", spiral, "--out", "/proc/x"), 3, "--out: cannot write in '/proc'");
        Refusal.Assert(InProcess.Run("sweep", sweep, "--out", In("existing")), 2, "is a directory");
        var proc = Refusal.Assert(InProcess.Run("sweep", sweep, "--out", "/proc/x.duckdb"), 3, "cannot write in '/proc'");
        Assert.DoesNotContain("0 MB", proc, StringComparison.Ordinal);
        Refusal.Assert(InProcess.Run("tournament", "--strategies", "tft,alld", "--turns", "5", "--repetitions", "1", "--matches", In("existing")), 2, "--matches:");
        var csv = Shipped("docs/examples/richardson-1909-1913.csv");
        Refusal.Assert(InProcess.Run("richardson", "fit", csv, "--x", "entente", "--y", "alliance", "--plot", "/proc/a.png"), 3, "--plot: cannot write in '/proc'");
        Assert.Equal(["existing", "file"], dir.GetFileSystemInfos().Select(f => f.Name).Order().ToArray());
        Assert.Empty(Directory.GetFileSystemEntries(In("existing")));
    }

    [Fact]
    public void ExportTarget_IsCheckedBeforeTheSweepRuns()
    {
        Directory.CreateDirectory(In("export"));
        File.WriteAllText(In("export/runs.csv"), "x");
        var r = InProcess.Run("sweep", Shipped("sweeps/cultures.yaml"), "--out", In("r.duckdb"), "--export", "csv", In("export"));
        Refusal.Assert(r, 2, "runs.csv' already exists");
        Assert.False(File.Exists(In("r.duckdb")));
    }

    [Theory]
    [InlineData(new[] { "volunteer", "--n", "abc", "--cost", "1", "--benefit", "2" }, "--n: 'abc' is not a whole number")]
    [InlineData(new[] { "combat", "csf", "--attacker", "x1", "--defender", "1" }, "--attacker: 'x1' is not a number")]
    [InlineData(new[] { "rnu", "scenarios/spiral.yaml" }, "unknown command 'rnu'; did you mean 'run'?")]
    [InlineData(new[] { "run", "scenarios/spiral.yaml", "--sed", "3" }, "unknown option '--sed'; did you mean '--seed'?")]
    [InlineData(new[] { "sweep", "sweeps/cultures.yaml", "--thread", "2" }, "did you mean '--threads'?")]
    public void ParseErrors_SpeakTheUsersWords_WithSuggestions(string[] args, string expected)
        => Refusal.Assert(InProcess.Run(args), 2, expected);

    [Fact]
    public void EchoedValues_AreEscapedAndShortened()
    {
        var huge = new string('n', 1_000_000);
        var line = Refusal.Assert(InProcess.Run("validate", Shipped("scenarios/spiral.yaml"), "--set", $"states.{huge}.motive=greedy"), 2, "(1,000,000 characters)");
        Assert.True(line.Length < 1_100, $"{line.Length} characters");
        var esc = Refusal.Assert(InProcess.Run("validate", Shipped("scenarios/spiral.yaml"), "--set", "states.Athens.motive=gr\u001b[31meedy"), 2, "\\u001B");
        Assert.DoesNotContain('\u001b', esc);
    }

    [Theory]
    [InlineData("game", "3,5,0,1", "is ambiguous")]
    [InlineData("game", "3,\u00a00,5,1", "is not a number")]
    [InlineData("tournament", "3,5,0,1", "is ambiguous")]
    [InlineData("game", "R=3,T=5,S=0", "has 3 value(s)")]
    [InlineData("game", "R=3,T=5,S=0,Q=1", "'Q=1' is not one of R=, S=, T=, P=")]
    public void Payoffs_OneConvention_AmbiguousAndHiddenCharactersRefused(string command, string payoffs, string expected)
    {
        string[] args = command == "game" ? ["game", "--payoffs", payoffs] : ["tournament", "--strategies", "tft,alld", "--payoffs", payoffs];
        Refusal.Assert(InProcess.Run(args), 2, expected);
    }

    [Fact]
    public void NamedPayoffs_MeanTheSameGame_InGameAndTournament()
    {
        using var game = JsonDocument.Parse(InProcess.Run("game", "--payoffs", "R=3,T=5,S=0,P=1", "--json").Stdout);
        using var positional = JsonDocument.Parse(InProcess.Run("game", "--payoffs", "3,0,5,1", "--json").Stdout);
        Assert.Equal(positional.RootElement.GetRawText(), game.RootElement.GetRawText());
        Assert.Contains("prisoners_dilemma", game.RootElement.GetRawText(), StringComparison.Ordinal);
        using var t = JsonDocument.Parse(InProcess.Run("tournament", "--strategies", "tft,alld", "--turns", "10", "--repetitions", "1", "--payoffs", "T=5,R=3,P=1,S=0", "--json").Stdout);
        var p = t.RootElement.GetProperty("settings").GetProperty("payoffs");
        Assert.Equal((3.0, 5.0, 0.0, 1.0), (p.GetProperty("r").GetDouble(), p.GetProperty("t").GetDouble(), p.GetProperty("s").GetDouble(), p.GetProperty("p").GetDouble()));
    }

    [Theory]
    [InlineData(new[] { "tournament", "--strategies", "tft,alld", "--repetitions", "1000000000" }, "--repetitions: 1000000000 is out of range")]
    [InlineData(new[] { "tournament", "--strategies", "all", "--repetitions", "100000", "--turns", "100000" }, "moves")]
    [InlineData(new[] { "tournament", "--strategies", "tft", "--no-self-play" }, "one strategy without self-play plays no match")]
    [InlineData(new[] { "tournament", "--strategies", "tft,alld", "--threads", "100000" }, "--threads: 100000 is out of range")]
    [InlineData(new[] { "sweep", "sweeps/cultures.yaml", "--threads", "100000" }, "--threads: 100000 is out of range; expected a whole number from 1 to 1024")]
    [InlineData(new[] { "combat", "lanchester", "--force-a", "1", "--force-b", "1", "--effectiveness-a", "1e-300" }, "--effectiveness-a: 1E-300 is out of range")]
    public void Limits_AreCheckedBeforeWork(string[] args, string expected)
        => Refusal.Assert(InProcess.Run(args), 2, expected);

    [Fact]
    public void RichardsonFit_MillionRowsOrHugeValues_OneLine()
    {
        var sb = new StringBuilder("year,a,b\n");
        for (var i = 1; i <= 1_000_000; i++)
        {
            sb.Append(i).Append(',').Append(i % 7).Append(',').Append(i % 5).Append('\n');
        }

        File.WriteAllText(In("million.csv"), sb.ToString());
        Refusal.Assert(InProcess.Run("richardson", "fit", In("million.csv"), "--x", "a", "--y", "b"), 2, "million.csv:100002:1: more than 100,000 data rows");
        File.WriteAllText(In("huge.csv"), "year,a,b\n1,1e300,2e300\n2,3e300,1e300\n3,2e300,4e300\n4,1e300,1e300\n");
        Refusal.Assert(InProcess.Run("richardson", "fit", In("huge.csv"), "--x", "a", "--y", "b"), 2, "huge.csv:2:");
    }

    [Theory]
    [InlineData("spiral index of a vanishing state", new[] { "run", "scenarios/spiral.yaml", "--set", "states.Athens.resources=1e-310", "--years", "20", "--json" })]
    [InlineData("overflowing contest", new[] { "combat", "csf", "--attacker", "2", "--defender", "1", "--decisiveness", "1000", "--json" })]
    [InlineData("overflowing contest, large force", new[] { "combat", "csf", "--attacker", "1e12", "--defender", "1", "--decisiveness", "1000", "--json" })]
    public void Json_NeverHoldsNaNOrInfinity(string what, string[] args)
    {
        var full = args.Select(a => a.StartsWith("scenarios/", StringComparison.Ordinal) ? Shipped(a) : a).ToArray();
        var r = InProcess.Run(full);
        Assert.True(r.ExitCode == 0, $"{what}: {r}");
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.DoesNotContain("NaN", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", r.Stdout, StringComparison.Ordinal);
        if (args[0] == "combat")
        {
            Assert.Equal(1.0, doc.RootElement.GetProperty("win_probability").GetDouble());
        }
    }

    [Fact]
    public void RichardsonJson_NamesTheFullFitsRSquaredAsDocumented()
    {
        var r = InProcess.Run("richardson", "fit", Shipped("docs/examples/richardson-1909-1913.csv"), "--x", "entente", "--y", "alliance", "--json");
        Assert.Contains("\"x_r_squared\"", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"y_r_squared\"", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("`full.x_r_squared`", File.ReadAllText(Shipped("docs/formal-models.md")), StringComparison.Ordinal);
    }
}
