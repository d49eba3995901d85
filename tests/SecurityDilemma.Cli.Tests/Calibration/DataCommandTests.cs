using System.Text.Json;
using SecurityDilemma.Cli.Tests.Experiments;

namespace SecurityDilemma.Cli.Tests.Calibration;

/// <summary><c>dilemma data</c> on the synthetic COW-format fixtures in docs/examples.</summary>
public class DataCommandTests
{
    private static readonly string Nmc = Path.Combine(Cli.RepoRoot, "docs", "examples", "nmc-synthetic.csv");
    private static readonly string Wars = Path.Combine(Cli.RepoRoot, "docs", "examples", "cow-wars-synthetic.csv");

    [Fact]
    public void ArmsSeries_FitByRichardson_ReproducesTheHandComputation()
    {
        // The fixture's coalition sums (thousands of GBP) are U = 100000, 110000, 130000, 170000, 250000 for
        // 1909-1913: changes 10000, 20000, 40000, 80000 at midpoints 105000, 120000, 150000, 210000, and
        // every change is exactly (2/3)(V - 90000). So by hand: slope 2/3, intercept -60000, zero crossing 90000, r = 1.
        var dir = SweepFixture.TempDir();
        var csv = Path.Combine(dir, "arms.csv");
        var made = Cli.Run("data", "arms", Nmc, "--x", "FRN+RUS", "--y", "GMY+AUH", "--years", "1909-1913", "--out", csv);
        Assert.True(made.ExitCode == 0, made.ToString());
        Assert.Equal("year,FRN+RUS,GMY+AUH\n1909,55000,45000\n1910,59000,51000\n1911,69000,61000\n1912,89000,81000\n1913,120000,130000\n", File.ReadAllText(csv));

        var fit = Cli.Run("richardson", "fit", csv, "--x", "FRN+RUS", "--y", "GMY+AUH", "--json");
        Assert.True(fit.ExitCode == 0, fit.ToString());
        var summed = JsonDocument.Parse(fit.Stdout).RootElement.GetProperty("summed");
        Assert.Equal(2.0 / 3, summed.GetProperty("slope").GetDouble(), 12);
        Assert.Equal(-60000, summed.GetProperty("intercept").GetDouble(), 6);
        Assert.Equal(90000, summed.GetProperty("zero_crossing").GetDouble(), 6);
        Assert.Equal(1, summed.GetProperty("r").GetDouble(), 12);
    }

    [Fact]
    public void ArmsSeries_AcrossTheCurrencyChangeOrWithAMissingValue_IsExit2()
    {
        var currency = Cli.Run("data", "arms", Nmc, "--x", "FRN+RUS", "--y", "GMY+AUH", "--years", "1911-1914");
        Assert.Equal(2, currency.ExitCode);
        Assert.Contains("change of currency", currency.Stderr, StringComparison.Ordinal);
        var missing = Cli.Run("data", "arms", Nmc, "--x", "FRN+UKG", "--y", "GMY+AUH", "--years", "1909-1913");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("UKG 1912: missing value (-9)", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NmcScenario_IsWrittenAndRuns()
    {
        var dir = SweepFixture.TempDir();
        var yaml = Path.Combine(dir, "built.yaml");
        var r = Cli.Run("data", "nmc", Nmc, "--years", "1909-1913", "--states", "GMY,AUH,FRN,RUS,UKG", "--sim-years", "5", "--out", yaml);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("GMY", r.Stdout, StringComparison.Ordinal);
        var run = Cli.Run("run", yaml, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        var states = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("states");
        Assert.Equal(5, states.GetArrayLength());
    }

    [Fact]
    public void WrongColumnSet_IsOneLineExit2_NamingTheColumn()
    {
        var dir = SweepFixture.TempDir();
        var bad = Path.Combine(dir, "nmc.csv");
        File.WriteAllText(bad, File.ReadAllText(Nmc).Replace("milper", "milpers", StringComparison.Ordinal));
        var r = Cli.Run("data", "nmc", bad, "--years", "1909-1913", "--states", "GMY,FRN", "--out", Path.Combine(dir, "x.yaml"));
        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Contains("milpers: unknown column 'milpers'", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "x.yaml")));
    }

    [Theory]
    [InlineData("200,220,200", "state 200 is listed twice")]
    [InlineData("200,325:1870-1860", "--states (state 325): 1870-1860 is an empty range")]
    [InlineData("200,ITA:1860-", "'ITA' is not a COW state code")]
    [InlineData("200:1816-1850,220:1851-1913", "no two of the states are members in the same year of 1816-1913")]
    public void WarMoments_BadStates_IsOneLineExit2(string states, string message)
    {
        var r = Cli.Run("data", "wars", Wars, "--states", states, "--years", "1816-1913");
        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Contains(message, r.Stderr, StringComparison.Ordinal);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void WarMoments_MatchTheHandCount()
    {
        var r = Cli.Run("data", "wars", Wars, "--states", "200,220,255,300,365", "--years", "1816-1913", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var m = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(3, m.GetProperty("wars").GetInt32());
        Assert.Equal(30.0 / 980, m.GetProperty("wars_per_dyad_decade").GetDouble(), 12);
        Assert.Equal(1.0 / 3, m.GetProperty("multiparty_war_share").GetDouble(), 12);
    }
}
