using SecurityDilemma.Models.Randomness;
using Xunit.Abstractions;

namespace SecurityDilemma.Cli.Tests.Experiments;

/// <summary>A sweep killed with SIGKILL at random moments and resumed equals an uninterrupted sweep.</summary>
public class KillResumeTests(ITestOutputHelper output)
{
    /// <summary>The sweep; REPLICATIONS is chosen from this machine's speed (<see cref="SizedSweep"/>).</summary>
    private const string Sweep = """
        name: kill-test
        base: SCENARIOS/spiral.yaml
        seed: 5
        replications: REPLICATIONS
        parameters:
          technology.offense_defense_balance: [0.5, 1.0, 2.0]
          technology.distinguishability: [0.1, 0.5, 0.9]
        series: true
        """;

    /// <summary>
    /// How long an uninterrupted sweep should take: long enough that two kills land mid-sweep. Each kill waits for the
    /// progress line of the attempt's first commit (a sweep commits every second) and a random fraction of a second more,
    /// so each attempt takes one to two seconds of the sweep.
    /// </summary>
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(6);

    [Fact]
    public void SweepKilledAtRandomPoints_ThenResumed_EqualsAnUninterruptedSweep()
    {
        var dir = SweepFixture.TempDir();
        string file, reference, db;
        long total;
        int landed, partial;

        // The size comes from a probe; when the machine speeds up after it (another build ends) the sweep can finish
        // before two kills land. Then the whole test runs again with twice the replications, at most twice.
        for (var scale = 1; ; scale *= 2)
        {
            int replications;
            (file, replications) = SizedSweep(dir, scale);
            reference = Path.Combine(dir, $"reference{scale}.duckdb");
            db = Path.Combine(dir, $"killed{scale}.duckdb");
            (total, landed, partial) = KillRepeatedly(file, replications, reference, db);
            if ((landed >= 2 && partial >= 1) || scale >= 4)
            {
                break;
            }

            output.WriteLine($"the sweep finished before two kills landed ({landed}); again with twice the replications");
        }

        Assert.True(landed >= 2, $"only {landed} kill(s) hit a running sweep; the test needs a longer sweep on this machine");
        Assert.True(partial >= 1, "no kill left a partially filled database, so resume was not exercised");

        var final = Cli.Run(["sweep", file, "--out", db, "--threads", "2", "--resume"], timeout: TimeSpan.FromMinutes(5));
        Assert.True(final.ExitCode == 0, final.ToString());
        output.WriteLine(final.Stdout);

        Assert.Equal(total, SweepFixture.Scalar(db, "SELECT count(*) FROM runs"));
        Assert.Equal(total, SweepFixture.Scalar(db, "SELECT count(DISTINCT run_id) FROM runs"));
        Assert.Equal(SweepFixture.Rows(reference, "runs", "run_id"), SweepFixture.Rows(db, "runs", "run_id"));
        Assert.Equal(
            SweepFixture.Scalar(reference, "SELECT count(*) FROM series"),
            SweepFixture.Scalar(db, "SELECT count(*) FROM series"));
        Assert.Equal(0, SweepFixture.Scalar(db, "SELECT count(*) FROM (SELECT run_id, year, state FROM series GROUP BY ALL HAVING count(*) > 1)"));
        // The series table holds millions of rows at this size: compared cell by cell inside DuckDB.
        Assert.Equal(0, SweepFixture.Differences(reference, db, "series"));
    }

    /// <summary>Runs the reference sweep, then kills the sweep into <paramref name="db"/> at random moments; returns the runs, the kills that landed and how many left a partial database.</summary>
    private (long Total, int Landed, int Partial) KillRepeatedly(string file, int replications, string reference, string db)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var r = Cli.Run(["sweep", file, "--out", reference, "--threads", "2"], timeout: TimeSpan.FromMinutes(5));
        var uninterrupted = clock.Elapsed;
        Assert.True(r.ExitCode == 0, r.ToString());
        var total = SweepFixture.Scalar(reference, "SELECT count(*) FROM runs");
        Assert.Equal(9 * replications, total);

        // Each attempt waits until the sweep reports committed runs on stderr (plain progress lines, printed only
        // after a commit), then a further seeded random delay, then SIGKILL: the kill lands mid-sweep on a fast or a
        // loaded machine alike, at a point that is random relative to the next commit.
        var rng = new Xoshiro256(20261127);
        output.WriteLine($"uninterrupted sweep: {total} runs ({replications} replications) in {uninterrupted.TotalSeconds:F2} s");
        var landed = 0;
        var partial = 0;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var extra = TimeSpan.FromSeconds(0.6 * rng.NextDouble());
            var before = File.Exists(db) ? SweepFixture.Scalar(db, "SELECT count(*) FROM runs") : 0;
            using var committed = new ManualResetEventSlim();
            using var p = StartWatching(committed, before, "sweep", file, "--out", db, "--threads", "2", "--resume");
            var exited = false;
            while (!committed.Wait(TimeSpan.FromMilliseconds(50)))
            {
                if (p.HasExited)
                {
                    exited = true;
                    break;
                }
            }

            exited = exited || p.WaitForExit(extra);
            if (!exited)
            {
                p.Kill(entireProcessTree: true); // SIGKILL on Linux: no handler runs, no flush.
                p.WaitForExit();
                landed++;
            }

            var stored = File.Exists(db) ? SweepFixture.Scalar(db, "SELECT count(*) FROM runs") : 0;
            output.WriteLine($"attempt {attempt}: {extra.TotalSeconds:F2} s after the first new commit, {(exited ? $"finished by itself (exit {p.ExitCode})" : "SIGKILL")}, {stored} of {total} runs stored");
            if (stored > 0 && stored < total)
            {
                partial++;
            }

            if (exited || (landed >= 2 && partial >= 1))
            {
                break;
            }
        }

        return (total, landed, partial);
    }

    /// <summary>
    /// Writes the sweep with as many replications as this machine computes in about <see cref="Target"/> (from a small
    /// timed sweep of the same points; at least 100, at most 1,500): a kill then lands mid-sweep on a fast machine and
    /// a loaded one alike, and a slow machine does not spend minutes on it.
    /// </summary>
    private (string File, int Replications) SizedSweep(string dir, int scale)
    {
        const int probe = 20;
        var probeFile = SweepFixture.WriteSweep(dir, Sweep.Replace("REPLICATIONS", $"{probe}", StringComparison.Ordinal), $"probe{scale}.yaml");
        // Twice: the first run in this process pays the compilation of the engine, which a sweep process pays only in its
        // first moments; the second measures the speed the killed sweeps run at.
        CliResult r = default!;
        for (var pass = 0; pass < 2; pass++)
        {
            r = Cli.Run("sweep", probeFile, "--out", Path.Combine(dir, $"probe{scale}-{pass}.duckdb"), "--threads", "2");
            Assert.True(r.ExitCode == 0, r.ToString());
        }

        // "... computed now in 4.3 s ...": the sweep's own time, without the start-up a short sweep is dominated by.
        var seconds = double.Parse(System.Text.RegularExpressions.Regex.Match(r.Stdout, @"computed now in ([\d.]+) s").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var perRun = TimeSpan.FromSeconds(Math.Max(seconds, 0.01) / (9 * probe));
        // At least 1,000 replications (9,000 runs, some seconds on any machine): the probe, run in this process, can still
        // meet the engine half compiled and overstate the time per run, never understate it.
        var replications = scale * (int)Math.Clamp(Target / perRun / 9, 1000, 3000);
        output.WriteLine($"probe: {9 * probe} runs computed in {seconds:F2} s; the sweep gets {replications} replications");
        return (SweepFixture.WriteSweep(dir, Sweep.Replace("REPLICATIONS", $"{replications}", StringComparison.Ordinal), $"kill{scale}.yaml"), replications);
    }

    /// <summary>Starts <c>dilemma ARGS</c> and sets <paramref name="committed"/> once a progress line reports more than <paramref name="before"/> stored runs.</summary>
    private static System.Diagnostics.Process StartWatching(ManualResetEventSlim committed, long before, params string[] args)
        => SweepFixture.Start(
            line =>
            {
                // "sweep NAME: DONE/TOTAL runs (...)": DONE counts runs committed to the database.
                var m = line is null ? null : System.Text.RegularExpressions.Regex.Match(line, @": ([\d,]+)/[\d,]+ runs");
                if (m is { Success: true } && long.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) > before)
                {
                    committed.Set();
                }
            },
            args);
}
