using System.Text;

namespace SecurityDilemma.Cli.Tests.Hostile;

/// <summary>
/// Every limit with an override (<c>--limit NAME=N</c>, README.md "Limits"): over the limit the command refuses with one
/// line, exit 2, naming the override; with the override the same command is accepted. Limits are set low here so that
/// the accepted command stays cheap; raising works the same way.
/// </summary>
public sealed class LimitOverrideTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("sd-limits-");

    public void Dispose() => dir.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void RefusedThenAccepted(string name, string low, string enough, params string[] args)
    {
        Refusal.Assert(InProcess.Run([.. args, "--limit", $"{name}={low}"]), 2, $"raise with --limit {name}=N");
        var r = InProcess.Run([.. args, "--limit", $"{name}={enough}"]);
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [Fact]
    public void TournamentLimits_NameTheirOverride_AndTheOverrideIsHonoured()
    {
        Refusal.Assert(InProcess.Run("tournament", "--strategies", "tft,alld", "--turns", "1", "--repetitions", "100001"), 2, "raise with --limit tournament-repetitions=N");
        var raised = InProcess.Run("tournament", "--strategies", "tft,alld", "--turns", "1", "--repetitions", "100001", "--limit", "tournament-repetitions=100001", "--json", "--quiet");
        Assert.True(raised.ExitCode == 0, raised.ToString());
        Assert.Contains("\"repetitions\": 100001", raised.Stdout, StringComparison.Ordinal);
        RefusedThenAccepted("tournament-turns", "5", "10", "tournament", "--strategies", "tft,alld", "--turns", "10", "--repetitions", "1", "--json");
        RefusedThenAccepted("moran-population", "3", "4", "tournament", "moran", "-p", "tft=2,alld=2", "--turns", "5", "--json");
        RefusedThenAccepted("tournament-moves", "29", "30", "tournament", "--strategies", "tft,alld", "--turns", "10", "--repetitions", "1", "--json");
    }

    [Fact]
    public void SweepLimits_NameTheirOverride_AndTheOverrideIsHonoured()
    {
        Write("scenario.yaml", "name: x\nyears: 3\nstates:\n  - name: A\n  - name: B\n");
        var grid = Write("grid.yaml", "base: scenario.yaml\nreplications: 2\nseries: true\nparameters:\n  observation_noise: [0.1, 0.2]\n");
        var random = Write("random.yaml", "base: scenario.yaml\nsampling: random\nsamples: 3\nparameters:\n  observation_noise: {min: 0.1, max: 0.2}\n");
        string[] Sweep(string file, string db) => ["sweep", file, "--out", Path.Combine(dir.FullName, db), "--quiet"];
        RefusedThenAccepted("sweep-points", "1", "2", Sweep(grid, "p.duckdb"));
        RefusedThenAccepted("sweep-runs", "3", "4", Sweep(grid, "r.duckdb"));
        RefusedThenAccepted("sweep-replications", "1", "2", Sweep(grid, "q.duckdb"));
        RefusedThenAccepted("sweep-samples", "2", "3", Sweep(random, "s.duckdb"));
        RefusedThenAccepted("sweep-series-rows", "23", "24", Sweep(grid, "y.duckdb"));
    }

    [Fact]
    public void ScenarioLimits_NameTheirOverride_AndTheOverrideIsHonoured()
    {
        var two = Write("two.yaml", "name: x\nyears: 3\nstates:\n  - name: A\n  - name: B\n");
        var three = Write("three.yaml", "name: x\nyears: 3\nstates:\n  - name: A\n  - name: B\n  - name: C\n");
        var bordered = Write("bordered.yaml", "name: x\nyears: 3\nstates:\n  - name: A\n  - name: B\n  - name: C\nborders:\n  - {between: [A, B]}\n  - {between: [B, C]}\n");
        RefusedThenAccepted("years", "2", "3", "validate", two);
        RefusedThenAccepted("years", "2", "3", "run", two, "--years", "3", "--quiet");
        RefusedThenAccepted("states", "2", "3", "validate", three);
        RefusedThenAccepted("states-without-borders", "2", "3", "validate", three);
        RefusedThenAccepted("borders", "1", "2", "validate", bordered);
        RefusedThenAccepted("run-replications", "2", "3", "run", two, "-r", "3", "--quiet");
        RefusedThenAccepted("set-overrides", "1", "2", "validate", two, "--set", "years=2", "--set", "seed=4");

        var declared = Write("declared.yaml", "name: x\nyears: 3\nstates:\n  - name: A\n  - name: B\n  - name: C\n"
            + "alliances:\n  - {members: [A, B]}\n  - {members: [B, C]}\n"
            + "guarantees:\n  - {guarantor: A, protege: B}\n  - {guarantor: C, protege: B}\n"
            + "technology_changes:\n  - {year: 2, offense_defense_balance: 2}\n  - {year: 3, distinguishability: 0.9}\n");
        RefusedThenAccepted("alliances", "1", "2", "validate", declared);
        RefusedThenAccepted("guarantees", "1", "2", "validate", declared);
        RefusedThenAccepted("technology-changes", "1", "2", "validate", declared);
        RefusedThenAccepted("guarantees", "1", "2", "run", declared, "--quiet");

        // Raising a limit above its built-in value works the same way: 10,001 years are refused by default, accepted with the override.
        Refusal.Assert(InProcess.Run("validate", two, "--set", "years=10001"), 2, "raise with --limit years=N");
        var raised = InProcess.Run("validate", two, "--set", "years=10001", "--limit", "years=20000");
        Assert.True(raised.ExitCode == 0, raised.ToString());
    }

    [Fact]
    public void FileAndCsvLimits_NameTheirOverride_AndTheOverrideIsHonoured()
    {
        var scenario = Write("s.yaml", "name: x\nyears: 3\nstates:\n  - name: A\n  - name: B\n");
        RefusedThenAccepted("file-bytes", "20", "100", "validate", scenario);
        var csv = new StringBuilder("year,a,b\n");
        for (var i = 1; i <= 20; i++)
        {
            csv.Append(1900 + i).Append(',').Append(10 + (i % 3)).Append(',').Append(12 + (i % 4)).Append('\n');
        }

        var file = Write("arms.csv", csv.ToString());
        RefusedThenAccepted("csv-rows", "19", "20", "richardson", "fit", file, "--x", "a", "--y", "b");
    }

    [Fact]
    public void ForceFileLimits_NameTheirOverride_AndTheOverrideIsHonoured()
    {
        var forces = Write("forces.yaml", "name: x\nsectors: 2\nweapons:\n"
            + "  - {name: infantry, attack: 1, defense: 2, cost: 1}\n  - {name: artillery, attack: 2, defense: 1, cost: 1}\n");
        RefusedThenAccepted("weapon-types", "1", "2", "assess", forces);
        RefusedThenAccepted("sectors", "1", "2", "assess", forces, "--json");
    }

    [Theory]
    [InlineData("sweep-point=2", "unknown limit 'sweep-point'")]
    [InlineData("sweep-points=many", "has no whole number after '='")]
    [InlineData("sweep-points=0", "has no whole number after '='")]
    [InlineData("sweep-points", "has no whole number after '='")]
    [InlineData("file-bytes=2147483648", "is more than 1073741824 bytes")]
    public void BadLimitOption_IsOneLine_Exit2(string value, string expected)
    {
        var line = Refusal.Assert(InProcess.Run("validate", Path.Combine(Cli.RepoRoot, "scenarios/spiral.yaml"), "--limit", value), 2, expected);
        Assert.StartsWith("error: --limit: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverride_HoldsOnlyForItsOwnCommand()
    {
        var scenario = Write("s.yaml", "name: x\nyears: 3\nstates:\n  - name: A\n  - name: B\n");
        Refusal.Assert(InProcess.Run("validate", scenario, "--limit", "file-bytes=20"), 2, "raise with --limit file-bytes=N");
        Assert.Equal(0, InProcess.Run("validate", scenario).ExitCode);
    }
}
