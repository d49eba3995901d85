namespace SecurityDilemma.Cli.Tests.Experiments;

/// <summary>Bad sweep files get one clear line (file:line:col, field), exit 2, and leave no database or temporary file behind.</summary>
public class BadSweepFileTests
{
    private const string Good = """
        base: SCENARIOS/spiral.yaml
        replications: 3
        parameters:
          technology.distinguishability: [0.1, 0.9]
        """;

    public static TheoryData<string, string, string> Cases => new()
    {
        { "unknown path", Good.Replace("technology.distinguishability", "technology.distinguishabilty", StringComparison.Ordinal), "sweep.yaml:4:3: parameters.technology.distinguishabilty:" },
        { "unknown state", Good.Replace("technology.distinguishability: [0.1, 0.9]", "states.Argos.prior_trust: [0.1]", StringComparison.Ordinal), "sweep.yaml:4:3: parameters.states.Argos.prior_trust:" },
        { "bad value", Good.Replace("[0.1, 0.9]", "[0.1, high]", StringComparison.Ordinal), "sweep.yaml:4:3: parameters.technology.distinguishability: value 'high'" },
        { "value out of range", Good.Replace("[0.1, 0.9]", "[0.1, 1.5]", StringComparison.Ordinal), "sweep.yaml:4:3: parameters.technology.distinguishability: value '1.5'" },
        { "empty range", Good.Replace("replications: 3", "replications: 3\nsampling: random\nsamples: 5", StringComparison.Ordinal).Replace("[0.1, 0.9]", "{min: 0.5, max: 0.5}", StringComparison.Ordinal), "sweep.yaml:6:34: parameters.technology.distinguishability: empty range" },
        { "empty list", Good.Replace("[0.1, 0.9]", "[]", StringComparison.Ordinal), "sweep.yaml:4:34: parameters.technology.distinguishability: empty value list" },
        { "zero replications", Good.Replace("replications: 3", "replications: 0", StringComparison.Ordinal), "sweep.yaml:2:15: replications: 0 is out of range" },
        { "sample size over the limit", Good.Replace("replications: 3", "replications: 3\nsampling: latin_hypercube\nsamples: 2000000", StringComparison.Ordinal).Replace("[0.1, 0.9]", "{min: 0.1, max: 0.9}", StringComparison.Ordinal), "sweep.yaml:4:10: samples: 2000000 is out of range" },
        { "too many runs", Good.Replace("replications: 3", "replications: 1000000", StringComparison.Ordinal).Replace("[0.1, 0.9]", "{min: 0.1, max: 0.9, steps: 200}", StringComparison.Ordinal), "sweep.yaml:4:3: replications: the sweep has 200,000,000 runs" },
        { "missing base scenario", Good.Replace("SCENARIOS/spiral.yaml", "no-such.yaml", StringComparison.Ordinal), "sweep.yaml:1:7: base: scenario file 'no-such.yaml' not found" },
        { "unknown key", Good + "\nreplicates: 4\n", "sweep.yaml:5:1: replicates: unknown key" },
        { "bad YAML", Good.Replace("[0.1, 0.9]", "[0.1, 0.9", StringComparison.Ordinal), "sweep.yaml:5:1: invalid YAML" },
        { "bad fixed override", Good + "\nset:\n  yeras: 50\n", "sweep.yaml:6:10: set.yeras:" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadSweepFile_ExitsTwo_WithPosition_AndWritesNothing(string name, string yaml, string expectedStart)
    {
        var dir = SweepFixture.TempDir();
        var file = SweepFixture.WriteSweep(dir, yaml);
        var r = Cli.Run("sweep", file, "--out", Path.Combine(dir, "out.duckdb"));
        Assert.True(r.ExitCode == 2, $"{name}: {r}");
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {file[..^"sweep.yaml".Length]}{expectedStart}", line);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.Equal(["sweep.yaml"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void ExistingDatabase_WithoutResume_IsRefused()
    {
        var (_, file, db) = Swept();
        var r = Cli.Run("sweep", file, "--out", db);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("--resume", r.Stderr);
    }

    [Fact]
    public void Resume_WithAChangedSweepFile_IsRefused()
    {
        var (dir, file, db) = Swept();
        SweepFixture.WriteSweep(dir, Good.Replace("replications: 3", "replications: 4", StringComparison.Ordinal));
        var r = Cli.Run("sweep", file, "--out", db, "--resume");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("sweep file has changed", r.Stderr);
    }

    [Fact]
    public void Resume_OfADatabaseWrittenWithOtherMetrics_IsRefused()
    {
        // A database written by an older dilemma, whose runs lack a metric this version writes: resuming it would mix
        // engines and fail on the insert; it is refused up front with the column named.
        var (_, file, db) = Swept();
        SweepFixture.Execute(db, "ALTER TABLE runs DROP COLUMN buck_pass_years");
        var r = Cli.Run("sweep", file, "--out", db, "--resume");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("cannot resume: its runs have no column 'buck_pass_years'", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The good sweep, written and run to completion in a new folder.</summary>
    private static (string Dir, string File, string Db) Swept()
    {
        var dir = SweepFixture.TempDir();
        var file = SweepFixture.WriteSweep(dir, Good);
        var db = Path.Combine(dir, "out.duckdb");
        Assert.Equal(0, Cli.Run("sweep", file, "--out", db).ExitCode);
        return (dir, file, db);
    }
}
