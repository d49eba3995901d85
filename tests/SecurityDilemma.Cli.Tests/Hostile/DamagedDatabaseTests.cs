using System.Text.Json;
using DuckDB.NET.Data;

namespace SecurityDilemma.Cli.Tests.Hostile;

/// <summary>Results databases that cannot be trusted: each damaged variant is refused with one line by --resume, summarize and merge.</summary>
public sealed class DamagedDatabaseTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("sd-hostile-db-");
    private readonly string sweep;
    private readonly string good;

    public DamagedDatabaseTests()
    {
        File.WriteAllText(In("scenario.yaml"), "name: tiny\nyears: 5\nstates:\n  - name: A\n  - name: B\n");
        sweep = In("tiny.yaml");
        File.WriteAllText(sweep, "base: scenario.yaml\nreplications: 1\nseries: true\nparameters:\n  states.*.prior_trust: [0.3, 0.6, 0.9]\n");
        good = In("good.duckdb");
        var r = InProcess.Run("sweep", sweep, "--out", good, "--threads", "1");
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    public void Dispose() => dir.Delete(recursive: true);

    private string In(string name) => Path.Combine(dir.FullName, name);

    public static TheoryData<string> Variants() => ["truncated", "junk", "zeroed-tail", "wrong-schema", "foreign", "empty-sweep", "extra-rows"];

    [Theory]
    [MemberData(nameof(Variants))]
    public void DamagedDatabase_IsRefusedByResumeSummarizeAndMerge(string variant)
    {
        var bad = In($"{variant}.duckdb");
        Build(variant, bad);
        var before = File.ReadAllBytes(bad);
        Refusal.Assert(InProcess.Run("sweep", sweep, "--out", bad, "--resume", "--threads", "1"), 2, bad);
        Refusal.Assert(InProcess.Run("summarize", bad), 2, bad);
        Refusal.Assert(InProcess.Run("merge", bad, "--out", In("merged.duckdb")), 2, bad);
        Assert.False(File.Exists(In("merged.duckdb")));
        if (variant is "truncated" or "junk" or "zeroed-tail")
        {
            Assert.Equal(before, File.ReadAllBytes(bad));
        }
    }

    [Fact]
    public void GoodDatabase_StillResumesSummarizesAndMerges()
    {
        Assert.Equal(0, InProcess.Run("sweep", sweep, "--out", good, "--resume", "--threads", "1").ExitCode);
        Assert.Equal(0, InProcess.Run("merge", good, "--out", In("merged.duckdb")).ExitCode);
        var r = InProcess.Run("summarize", good, "--json");
        Assert.True(r.ExitCode == 0, r.ToString());

        // One replication per point: no interval can be computed, and the bounds are null, never NaN.
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.DoesNotContain("NaN", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("null", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void SummarizeTable_FitsA100ColumnTerminal_IntervalsUnwrapped()
    {
        var five = In("five.yaml");
        File.WriteAllText(five, "base: scenario.yaml\nreplications: 5\nparameters:\n  states.*.prior_trust: [0.3, 0.6]\n");
        var db = In("five.duckdb");
        Assert.Equal(0, InProcess.Run("sweep", five, "--out", db, "--threads", "1").ExitCode);
        Environment.SetEnvironmentVariable("COLUMNS", "100");
        CliResult r;
        try
        {
            r = InProcess.Run("summarize", db);
        }
        finally
        {
            Environment.SetEnvironmentVariable("COLUMNS", null);
        }

        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.True(l.Length <= 100, $"{l.Length} columns: {l}"));
        Assert.True(lines.Count(l => l.Contains("war_occurred", StringComparison.Ordinal)) == 1, r.Stdout);
        Assert.True(lines.Count(l => l.Contains("point", StringComparison.Ordinal)) >= 2, $"the metrics did not need a second table:\n{r.Stdout}");
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\[-?[0-9.]+, -?[0-9.]+\]"));
    }

    [Fact]
    public void SecondWriter_IsToldTheDatabaseIsInUse()
    {
        using (var holder = new DuckDBConnection($"Data Source={good}"))
        {
            holder.Open();
            // Another process: within one process DuckDB shares the open database, so only a second process sees the lock.
            var r = Cli.RunProcess(["sweep", sweep, "--out", good, "--resume", "--threads", "1"], dir.FullName);
            Refusal.Assert(r, 3, "in use by another process");
        }
    }

    private void Build(string variant, string bad)
    {
        switch (variant)
        {
            case "truncated":
                var bytes = File.ReadAllBytes(good);
                File.WriteAllBytes(bad, bytes[..(bytes.Length / 2)]);
                break;
            case "junk":
                File.WriteAllBytes(bad, [.. Enumerable.Range(0, 100_000).Select(i => (byte)((i * 7919) % 251))]);
                break;
            case "zeroed-tail":
                var b = File.ReadAllBytes(good);
                Array.Clear(b, b.Length / 2, b.Length - (b.Length / 2));
                File.WriteAllBytes(bad, b);
                break;
            default:
                File.Copy(good, bad);
                using (var c = new DuckDBConnection($"Data Source={bad}"))
                {
                    c.Open();
                    using var cmd = c.CreateCommand();
                    cmd.CommandText = variant switch
                    {
                        "wrong-schema" => "ALTER TABLE runs DROP COLUMN seed",
                        "foreign" => "DROP TABLE runs; DROP TABLE sweep; CREATE TABLE runs (id INTEGER); CREATE TABLE sweep (x VARCHAR); INSERT INTO sweep VALUES ('other tool')",
                        "empty-sweep" => "DELETE FROM sweep",
                        _ => "INSERT INTO runs SELECT run_id + 1000, point_id, replicate, seed, * EXCLUDE (run_id, point_id, replicate, seed) FROM runs",
                    };
                    cmd.ExecuteNonQuery();
                }

                break;
        }
    }
}
