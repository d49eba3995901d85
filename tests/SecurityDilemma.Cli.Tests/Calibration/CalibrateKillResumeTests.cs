using SecurityDilemma.Cli.Tests.Experiments;
using SecurityDilemma.Models.Randomness;
using Xunit.Abstractions;

namespace SecurityDilemma.Cli.Tests.Calibration;

/// <summary>A calibration killed with SIGKILL and resumed ends bit-identical to one that ran through.</summary>
public class CalibrateKillResumeTests(ITestOutputHelper output)
{
    [Fact]
    public void AbcKilledAndResumed_EqualsAnUninterruptedCalibration()
    {
        var (dir, scenario, targets) = CalibrateCommandTests.Files();
        string[] Args(string db) =>
        [
            "calibrate", scenario, "--targets", targets, "--param", "observation_noise=0.05..0.6", "--param", "states.*.prior_trust=0.1..0.6",
            "--method", "abc", "--population", "40", "-r", "2", "--budget", "4000", "--seed", "9", "--threads", "2", "--out", db,
        ];

        var reference = Path.Combine(dir, "reference.duckdb");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var r = Cli.Run(Args(reference));
        Assert.True(r.ExitCode == 0, r.ToString());
        output.WriteLine($"uninterrupted: {clock.Elapsed.TotalSeconds:F2} s");
        output.WriteLine(r.Stdout);

        var db = Path.Combine(dir, "killed.duckdb");
        var rng = new Xoshiro256(20261201);
        var kills = 0;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var committed = new ManualResetEventSlim();
            string[] args = attempt == 0 ? Args(db) : [.. Args(db), "--resume"];
            using var p = SweepFixture.Start(line =>
            {
                if (line is not null && line.StartsWith("calibrate: ", StringComparison.Ordinal))
                {
                    committed.Set();
                }
            }, args);
            var exited = false;
            while (!committed.Wait(TimeSpan.FromMilliseconds(20)))
            {
                if (p.HasExited)
                {
                    exited = true;
                    break;
                }
            }

            exited = exited || p.WaitForExit(TimeSpan.FromSeconds(0.3 * rng.NextDouble()));
            if (exited)
            {
                break;
            }

            p.Kill(entireProcessTree: true); // SIGKILL: no handler runs.
            p.WaitForExit();
            kills++;
            output.WriteLine($"attempt {attempt}: killed with {SweepFixture.Scalar(db, "SELECT count(*) FROM simulations")} simulations recorded");
            if (kills == 2)
            {
                // Two kills (one of them while resuming) are what must be shown; each further one costs a process start.
                break;
            }
        }

        Assert.True(kills >= 1, "no kill landed on a running calibration");
        var final = Cli.Run([.. Args(db), "--resume"]);
        Assert.True(final.ExitCode == 0, final.ToString());
        Assert.Contains("resuming:", final.Stderr, StringComparison.Ordinal);

        static string Table(string stdout) => string.Join('\n', stdout.Split('\n').Where(l => !l.StartsWith("simulations:", StringComparison.Ordinal)));
        Assert.Equal(Table(r.Stdout), Table(final.Stdout));
        Assert.Equal(SweepFixture.Rows(reference, "fit_parameters", "parameter"), SweepFixture.Rows(db, "fit_parameters", "parameter"));
        Assert.Equal(SweepFixture.Rows(reference, "fit_moments", "moment"), SweepFixture.Rows(db, "fit_moments", "moment"));
        Assert.Equal(
            File.ReadAllText(Path.Combine(dir, "reference.yaml")).Replace("reference", "X", StringComparison.Ordinal),
            File.ReadAllText(Path.Combine(dir, "killed.yaml")).Replace("killed", "X", StringComparison.Ordinal));
        Assert.Equal(
            SweepFixture.Rows(reference, "(SELECT * EXCLUDE (seq) FROM simulations)", "sim_key"),
            SweepFixture.Rows(db, "(SELECT * EXCLUDE (seq) FROM simulations)", "sim_key"));
    }
}
