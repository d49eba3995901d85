using System.Text.Json;
using DuckDB.NET.Data;
using CliTool = SecurityDilemma.Cli.Tests.Cli;

namespace SecurityDilemma.Analysis.Tests.Commands;

/// <summary>diagnose, explain, lenses and --lens as a user runs them, including every kind of bad input (exit 2, one line).</summary>
public sealed class DiagnosisCliTests(SpiralRunFixture spiral) : IDisposable, IClassFixture<SpiralRunFixture>
{
    private readonly string temp = Directory.CreateTempSubdirectory("diag-cli-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    /// <summary>A private copy of the shared run directory, for tests that change it.</summary>
    private string CopyOfRun()
    {
        var dir = Path.Combine(temp, "copy");
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(spiral.Directory))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        return dir;
    }

    private static void AssertBadInput(SecurityDilemma.Cli.Tests.CliResult r, string expected)
    {
        Assert.True(r.ExitCode == 2, r.ToString());
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void RunOut_KeepsInputAndStageGames_AndDiagnoseJsonHasTheDocumentedShape()
    {
        var dir = spiral.Directory;
        using (var input = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "input.json"))))
        {
            Assert.Equal("hobbesian", input.RootElement.GetProperty("lens").GetString());
            Assert.Contains("states.*.worst_case_bias=0.8", input.RootElement.GetProperty("overrides").EnumerateArray().Select(e => e.GetString()));
        }

        Assert.StartsWith("year,observer,target,balance,distinguishability,belief,game,threshold,predicted,played,matched\n", File.ReadAllText(Path.Combine(dir, "stage_games.csv")), StringComparison.Ordinal);
        var r = CliTool.Run("diagnose", dir, "--json", "-r", "10");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal(12, root.GetProperty("aspects").GetArrayLength());
        foreach (var a in root.GetProperty("aspects").EnumerateArray())
        {
            foreach (var key in new[] { "key", "aspect", "verdict", "evidence", "butterfield", "herz", "jervis", "fits" })
            {
                Assert.True(a.TryGetProperty(key, out _), key);
            }
        }

        Assert.True(root.GetProperty("stage_games").GetProperty("dyad_years").GetInt32() > 0);
        Assert.Equal(3, root.GetProperty("fit").GetArrayLength());
    }

    [Fact]
    public void Explain_Json_AttributesTheWar()
    {
        var dir = spiral.Directory;
        var r = CliTool.Run("explain", dir, "--war", "1", "-r", "4", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("war_number").GetInt32());
        Assert.Equal(4, root.GetProperty("replications").GetInt32());
        var sum = root.GetProperty("regulators").EnumerateArray().Sum(e => e.GetProperty("shapley").GetProperty("value").GetDouble());
        Assert.Equal(root.GetProperty("total_effect").GetProperty("value").GetDouble(), sum, 9);
    }

    /// <summary>
    /// The rows of the key table under <paramref name="heading"/> in docs/diagnosis.md: each first-column key (several per
    /// row, `[]` dropped) with the backticked names of the row's second column.
    /// </summary>
    private static Dictionary<string, HashSet<string>> DocumentedKeys(string heading)
    {
        var text = File.ReadAllText(Path.Combine(CliTool.RepoRoot, "docs", "diagnosis.md"));
        var section = text[text.IndexOf(heading, StringComparison.Ordinal)..];
        section = section[..section.IndexOf("```", StringComparison.Ordinal)];
        var keys = new Dictionary<string, HashSet<string>>();
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var inner = Ticked(cells[2]).ToHashSet();
            foreach (var key in Ticked(cells[1]))
            {
                keys[key.Replace("[]", "", StringComparison.Ordinal)] = inner;
            }
        }

        return keys;

        static IEnumerable<string> Ticked(string cell) => cell.Split('`').Where((_, i) => i % 2 == 1);
    }

    private static string[] Keys(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void JsonFieldNames_AreExactlyTheDocumentedOnes()
    {
        var diagnose = CliTool.Run("diagnose", spiral.Directory, "--json", "-r", "3");
        Assert.True(diagnose.ExitCode == 0, diagnose.ToString());
        using (var doc = JsonDocument.Parse(diagnose.Stdout))
        {
            var documented = DocumentedKeys("### `diagnose RUN_DIR --json`");
            Assert.Equal(documented.Keys.Order(StringComparer.Ordinal), Keys(doc.RootElement));
            var stageGames = documented["stage_games"].Select(k => k.Replace("[]", "", StringComparison.Ordinal)).ToHashSet();
            Assert.All(Keys(doc.RootElement.GetProperty("stage_games")), k => Assert.Contains(k, stageGames));
            Assert.Equal(documented["fit"].Order(StringComparer.Ordinal), Keys(doc.RootElement.GetProperty("fit")[0]));
        }

        var explain = CliTool.Run("explain", spiral.Directory, "-r", "3", "--json");
        Assert.True(explain.ExitCode == 0, explain.ToString());
        using (var doc = JsonDocument.Parse(explain.Stdout))
        {
            var documented = DocumentedKeys("### `explain --json`");
            Assert.Equal(documented.Keys.Order(StringComparer.Ordinal), Keys(doc.RootElement));
            Assert.Equal(documented["regulators"].Order(StringComparer.Ordinal), Keys(doc.RootElement.GetProperty("regulators")[0]));
        }
    }

    [Fact]
    public void Sweep_WithALens_IsDiagnosedPerPoint()
    {
        var sweep = Path.Combine(temp, "tiny.yaml");
        File.WriteAllText(sweep, $"name: tiny\nbase: {Path.Combine(CliTool.RepoRoot, "scenarios", "spiral.yaml")}\nseed: 3\nreplications: 6\nparameters:\n  technology.offense_defense_balance: [0.5, 2.0]\nset:\n  years: 20\nmetrics: [war_occurred, tragic_war, spiral_index]\n");
        var db = Path.Combine(temp, "tiny.duckdb");
        var s = CliTool.Run("sweep", sweep, "--out", db, "--threads", "2", "--lens", "lockean");
        Assert.True(s.ExitCode == 0, s.ToString());
        var r = CliTool.Run("diagnose", db, "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("points").GetArrayLength());
        var universality = doc.RootElement.GetProperty("aspects").EnumerateArray().Single(a => a.GetProperty("key").GetString() == "universal_or_conditional");
        Assert.Equal("conditional", universality.GetProperty("verdict").GetString());
    }

    [Fact]
    public void MissingPath_IsOneLine_Exit2() => AssertBadInput(CliTool.Run("diagnose", Path.Combine(temp, "nowhere")), "no such run directory or database");

    [Fact]
    public void ForeignFile_IsOneLine_Exit2()
    {
        var file = Path.Combine(temp, "notes.txt");
        File.WriteAllText(file, "not a database\n");
        AssertBadInput(CliTool.Run("diagnose", file), "cannot open as a DuckDB database");
    }

    [Fact]
    public void DirectoryWithoutARun_IsOneLine_Exit2()
    {
        AssertBadInput(CliTool.Run("explain", temp), "no run.json");
    }

    [Fact]
    public void DatabaseFromAnotherVersion_IsOneLine_Exit2()
    {
        var db = Path.Combine(temp, "old.duckdb");
        using (var c = new DuckDBConnection($"DataSource={db}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE runs (run_id BIGINT, point_id BIGINT, replicate INTEGER, seed UBIGINT, war_occurred BOOLEAN);
                CREATE TABLE sweep (name VARCHAR, sweep_file VARCHAR, sweep_text VARCHAR, sweep_sha256 VARCHAR, scenario_sha256 VARCHAR,
                  tool_version VARCHAR, master_seed UBIGINT, replications INTEGER, points BIGINT, total_runs BIGINT,
                  shard_index INTEGER, shard_count INTEGER, started_at TIMESTAMP, finished_at TIMESTAMP);
                INSERT INTO sweep VALUES ('old', 'old.yaml', '', '', '', '9.9.0', 1, 1, 1, 1, 0, 1, now()::TIMESTAMP, NULL);
                """;
            cmd.ExecuteNonQuery();
        }

        AssertBadInput(CliTool.Run("diagnose", db), "was written by dilemma 9.9.0");
    }

    [Fact]
    public void UnknownLens_IsOneLine_Exit2_AndWritesNothing()
    {
        var dir = Path.Combine(temp, "never");
        AssertBadInput(CliTool.Run("run", "scenarios/spiral.yaml", "--lens", "marxist", "--out", dir), "unknown lens 'marxist'");
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void UnknownWarNumber_IsOneLine_Exit2()
    {
        var dir = spiral.Directory;
        AssertBadInput(CliTool.Run("explain", dir, "--war", "999"), "there is no war 999");
    }

    [Fact]
    public void RunFromAnotherEngineVersion_IsOneLine_Exit2()
    {
        var dir = CopyOfRun();
        var path = Path.Combine(dir, "run.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var wars = doc.RootElement.GetProperty("wars").GetRawText();
        File.WriteAllText(path, File.ReadAllText(path).Replace(wars, "[]", StringComparison.Ordinal));
        AssertBadInput(CliTool.Run("diagnose", dir), "written by another engine version");
    }
}
