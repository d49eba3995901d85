namespace SecurityDilemma.Cli.Tests.Experiments;

/// <summary>What a user sees from <c>dilemma sweep</c> with output redirected, and the export files.</summary>
public class SweepOutputTests
{
    private const string Sweep = """
        name: output-test
        base: SCENARIOS/spiral.yaml
        seed: 3
        replications: 10
        parameters:
          technology.distinguishability: [0.1, 0.5, 0.9]
        set:
          years: 30
        metrics: [war_occurred, mean_military_burden]
        """;

    [Fact]
    public void RedirectedSweep_PrintsPlainProgressLines_AndExportsParquet()
    {
        var dir = SweepFixture.TempDir();
        var file = SweepFixture.WriteSweep(dir, Sweep);
        var db = Path.Combine(dir, "out.duckdb");
        var export = Path.Combine(dir, "export");
        var r = Cli.Run("sweep", file, "--out", db, "--export", "parquet", export);
        Assert.True(r.ExitCode == 0, r.ToString());

        // Spectre's bar prints nothing when redirected (STACK.md), so the sweep prints plain lines instead.
        Assert.Contains("sweep output-test: 30/30 runs (100.0%)", r.Stderr);
        Assert.DoesNotContain("\u001b[", r.Stderr);
        Assert.Contains("30 runs of sweep 'output-test' (3 points x 10 replications)", r.Stdout);

        Assert.Equal(["runs.parquet", "sweep.parquet"], Directory.GetFiles(export).Select(Path.GetFileName).Order());
        Assert.Equal(30, SweepFixture.Scalar(db, $"SELECT count(*) FROM read_parquet('{Path.Combine(export, "runs.parquet")}')"));
        Assert.Equal(
            SweepFixture.Rows(db, "runs", "run_id"),
            SweepFixture.Rows(db, $"read_parquet('{Path.Combine(export, "runs.parquet")}')", "run_id"));
    }

    [Fact]
    public void Summarize_PrintsOneRowPerPoint_InParameterOrder()
    {
        var dir = SweepFixture.TempDir();
        var file = SweepFixture.WriteSweep(dir, Sweep);
        var db = Path.Combine(dir, "out.duckdb");
        Assert.Equal(0, Cli.Run("sweep", file, "--out", db).ExitCode);
        var r = Cli.Run("summarize", db);
        Assert.True(r.ExitCode == 0, r.ToString());
        var rows = r.Stdout.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(l[2])).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["0.1", "0.5", "0.9"], rows.Select(l => l.Split('|')[2].Trim()));
        Assert.Contains("war_occurred", r.Stdout);
        Assert.Contains("mean or proportion [95% CI]", r.Stdout);
    }
}
