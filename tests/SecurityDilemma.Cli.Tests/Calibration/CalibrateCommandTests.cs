using SecurityDilemma.Cli.Tests.Experiments;

namespace SecurityDilemma.Cli.Tests.Calibration;

/// <summary><c>dilemma calibrate</c>: bad input is one line and exit 2 with nothing written; a small calibration prints and writes its fit.</summary>
public class CalibrateCommandTests
{
    internal const string Targets = """
        name: small-targets
        targets:
          - moment: final_mean_trust
            value: 0.95
            uncertainty: 0.01
            source: made up for the test
          - moment: crisis_count
            value: 2.5
            uncertainty: 0.3
            source: made up for the test
          - moment: mean_military_burden
            value: 0.005
            uncertainty: 0.0005
            source: made up for the test
        """;

    internal static (string Dir, string Scenario, string Targets) Files(string? targets = null)
    {
        var dir = SweepFixture.TempDir();
        var s = Path.Combine(dir, "small.yaml");
        var t = Path.Combine(dir, "targets.yaml");
        File.Copy(Path.Combine(Cli.RepoRoot, "docs", "examples", "calibration-small.yaml"), s);
        File.WriteAllText(t, targets ?? Targets);
        return (dir, s, t);
    }

    public static TheoryData<string, string[], string> BadInputs => new()
    {
        { "unknown path", ["--param", "states.*.defence=1..5"], "unknown field 'defence'" },
        { "empty range", ["--param", "observation_noise=0.5..0.5"], "the range 0.5..0.5 is empty" },
        { "reversed range", ["--param", "observation_noise=0.6..0.1"], "is empty" },
        { "out-of-range bound", ["--param", "states.*.prior_trust=0.1..1.5"], "states.*.prior_trust" },
        { "budget below smm minimum", ["--param", "observation_noise=0.05..0.6", "--budget", "10"], "below the minimum" },
        { "budget below abc minimum", ["--param", "observation_noise=0.05..0.6", "--method", "abc", "--budget", "500"], "below the minimum" },
        { "unknown method", ["--param", "observation_noise=0.05..0.6", "--method", "mcmc"], "unknown method 'mcmc'" },
        { "not a range", ["--param", "observation_noise=0.3"], "not of the form PATH=LO..HI" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInput_IsOneLineExit2_AndWritesNothing(string what, string[] extra, string message)
    {
        var (dir, scenario, targets) = Files();
        var db = Path.Combine(dir, "c.duckdb");
        var r = Cli.Run(["calibrate", scenario, "--targets", targets, "--out", db, .. extra]);
        Assert.True(r.ExitCode == 2, $"{what}: {r}");
        Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.StartsWith("error: ", r.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, r.Stderr, StringComparison.Ordinal);
        Assert.Equal(["small.yaml", "targets.yaml"], Directory.GetFiles(dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void TargetWithoutValue_IsOneLineExit2_WithLineAndField()
    {
        var (dir, scenario, targets) = Files("targets:\n  - moment: crisis_count\n    uncertainty: 0.3\n    source: x\n");
        var r = Cli.Run("calibrate", scenario, "--targets", targets, "--param", "observation_noise=0.05..0.6", "--out", Path.Combine(dir, "c.duckdb"));
        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.Stderr.Trim().Split('\n'));
        Assert.Contains("targets.yaml:2:5: targets[0].value: missing", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(dir).Length);
    }

    [Fact]
    public void SmallCalibration_PrintsTheFitTable_AndWritesAValidCalibratedScenario()
    {
        var (dir, scenario, targets) = Files();
        var db = Path.Combine(dir, "c.duckdb");
        var r = Cli.Run("calibrate", scenario, "--targets", targets, "--param", "observation_noise=0.05..0.6", "--param", "states.*.prior_trust=0.1..0.6",
            "--budget", "200", "-r", "4", "--out", db, "--seed", "5");
        Assert.True(r.ExitCode == 0, r.ToString());
        foreach (var expected in new[] { "observation_noise", "states.*.prior_trust", "final_mean_trust", "crisis_count", "J statistic (Hansen)" })
        {
            Assert.Contains(expected, r.Stdout, StringComparison.Ordinal);
        }

        var yaml = Path.Combine(dir, "c.yaml");
        var check = Cli.Run("validate", yaml);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal(2, SweepFixture.Scalar(db, "SELECT count(*) FROM fit_parameters"));
        Assert.Equal(3, SweepFixture.Scalar(db, "SELECT count(*) FROM fit_moments"));
        Assert.True(SweepFixture.Scalar(db, "SELECT count(*) FROM simulations") is > 0 and <= 200);

        // Without --resume an existing database is not touched.
        var again = Cli.Run("calibrate", scenario, "--targets", targets, "--param", "observation_noise=0.05..0.6", "--budget", "200", "--out", db);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);
    }
}
