namespace SecurityDilemma.Cli.Tests.Experiments;

/// <summary>One thread, all cores, and three merged shards give identical databases.</summary>
public class ThreadsAndShardsTests
{
    private const string Sweep = """
        name: threads-test
        base: SCENARIOS/spiral.yaml
        seed: 11
        replications: 25
        sampling: latin_hypercube
        samples: 8
        parameters:
          technology.offense_defense_balance: {min: 0.5, max: 2.0}
          states.*.prior_trust: {min: 0.2, max: 0.8}
        set:
          years: 60
        series: true
        """;

    [Fact]
    public void OneThread_AllCores_AndThreeMergedShards_AreIdentical()
    {
        var dir = SweepFixture.TempDir();
        var file = SweepFixture.WriteSweep(dir, Sweep);
        string Run(string name, params string[] extra)
        {
            var db = Path.Combine(dir, name);
            var r = Cli.Run(["sweep", file, "--out", db, .. extra]);
            Assert.True(r.ExitCode == 0, r.ToString());
            return db;
        }

        var one = Run("one.duckdb", "--threads", "1");
        var all = Run("all.duckdb", "--threads", Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var shards = Enumerable.Range(0, 3).Select(k => Run($"shard{k}.duckdb", "--shard", $"{k}/3", "--threads", "2")).ToList();
        var merged = Path.Combine(dir, "merged.duckdb");
        var m = Cli.Run(["merge", .. shards, "--out", merged]);
        Assert.True(m.ExitCode == 0, m.ToString());
        Assert.Contains("200 of 200 runs", m.Stdout);

        var expected = SweepFixture.Rows(one, "runs", "run_id");
        Assert.Equal(200, expected.Count);
        Assert.Equal(expected, SweepFixture.Rows(all, "runs", "run_id"));
        Assert.Equal(expected, SweepFixture.Rows(merged, "runs", "run_id"));
        var series = SweepFixture.Rows(one, "series", "run_id, year, state");
        Assert.Equal(200 * 60 * 2, series.Count);
        Assert.Equal(series, SweepFixture.Rows(all, "series", "run_id, year, state"));
        Assert.Equal(series, SweepFixture.Rows(merged, "series", "run_id, year, state"));

        // The same summary either way, as a user would compare them.
        Assert.Equal(Cli.Run("summarize", one, "--json").Stdout, Cli.Run("summarize", merged, "--json").Stdout);
    }

    [Fact]
    public void Merge_RefusesShardsOfDifferentSweeps()
    {
        var dir = SweepFixture.TempDir();
        var a = SweepFixture.WriteSweep(dir, Sweep, "a.yaml");
        var b = SweepFixture.WriteSweep(dir, Sweep.Replace("seed: 11", "seed: 12", StringComparison.Ordinal), "b.yaml");
        Assert.Equal(0, Cli.Run("sweep", a, "--out", Path.Combine(dir, "a0.duckdb"), "--shard", "0/2").ExitCode);
        Assert.Equal(0, Cli.Run("sweep", b, "--out", Path.Combine(dir, "b1.duckdb"), "--shard", "1/2").ExitCode);
        var merged = Path.Combine(dir, "merged.duckdb");
        var r = Cli.Run("merge", Path.Combine(dir, "a0.duckdb"), Path.Combine(dir, "b1.duckdb"), "--out", merged);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("mismatched sweep", r.Stderr);
        Assert.False(File.Exists(merged));
    }
}
