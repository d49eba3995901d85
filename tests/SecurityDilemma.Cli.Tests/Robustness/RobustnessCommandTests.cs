using SecurityDilemma.Runs.Robustness;

namespace SecurityDilemma.Cli.Tests.Robustness;

/// <summary><c>dilemma robustness</c>: the table on stdout or in a new file, its limits refused before any work.</summary>
public class RobustnessCommandTests
{
    [Fact]
    public void PrintsOneRowPerVariantAndNoReversedClaim()
    {
        var r = Cli.Run("robustness", "--replications", "5", "--quiet");
        Assert.Equal(0, r.ExitCode);
        var rows = r.Stdout.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| constant", StringComparison.Ordinal)).ToArray();
        Assert.Equal(1 + (2 * RobustnessTable.Constants().Count), rows.Length); // the defaults, then every constant at 0.75 and 1.25
        Assert.StartsWith("| (defaults) |", rows[0], StringComparison.Ordinal);
        Assert.Contains(rows, l => l.StartsWith("| Alliances.Reputation | 1.25 |", StringComparison.Ordinal));
        Assert.Contains("0 reversed", r.Stdout, StringComparison.Ordinal);
        Assert.Equal("", r.Stderr);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("10001")]
    public void ReplicationsOutsideTheLimitAreRefusedWithExit2(string replications)
    {
        var r = Cli.Run("robustness", "--replications", replications);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--replications", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 to 10000", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void AnExistingOutputIsRefusedBeforeAnyWorkAndLeftAlone()
    {
        var dir = Directory.CreateTempSubdirectory("robustness-").FullName;
        var path = Path.Combine(dir, "table.md");
        File.WriteAllText(path, "keep me");
        var r = Cli.Run("robustness", "--replications", "5", "--out", path, "--quiet");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("already exists", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(path));
        Directory.Delete(dir, true);
    }

    [Fact]
    public void WritesTheTableToANewFile()
    {
        var dir = Directory.CreateTempSubdirectory("robustness-").FullName;
        var path = Path.Combine(dir, "table.md");
        var r = Cli.Run("robustness", "--replications", "5", "--out", path, "--quiet");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("# Robustness of the claims", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir, ".*.tmp"));
        Directory.Delete(dir, true);
    }
}
