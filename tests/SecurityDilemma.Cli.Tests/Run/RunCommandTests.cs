using System.Text.Json;
using DuckDB.NET.Data;
using SecurityDilemma.Engine;
using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;
using Xunit.Abstractions;

namespace SecurityDilemma.Cli.Tests.Run;

public class RunCommandTests(ITestOutputHelper output)
{
    private static JsonElement Json(CliResult r)
    {
        Assert.True(r.ExitCode == 0, r.ToString());
        return JsonDocument.Parse(r.Stdout).RootElement;
    }

    private static string TempPath(string prefix) => Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");

    [Theory]
    [MemberData(nameof(Scenarios.ShippedScenarios.Files), MemberType = typeof(Scenarios.ShippedScenarios))]
    public void ShippedScenario_Runs(string file)
    {
        var scenario = ScenarioDocument.Load(Path.Combine(Cli.RepoRoot, "scenarios", file)).Build();
        var json = Json(Cli.Run("run", $"scenarios/{file}", "--json"));
        Assert.Equal(scenario.Name, json.GetProperty("scenario").GetString());
        Assert.Equal(scenario.Years, json.GetProperty("years").GetInt32());
        Assert.Equal(scenario.Seed, json.GetProperty("seed").GetUInt64());
        Assert.Equal(scenario.States.Count, json.GetProperty("states").GetArrayLength());
        output.WriteLine($"{file}: {json.GetProperty("wars").GetArrayLength()} wars, metrics {json.GetProperty("metrics")}");
    }

    [Fact]
    public void Json_HasTheDocumentedShape_AndAgreesWithTheEngine()
    {
        var json = Json(Cli.Run("run", "scenarios/spiral.yaml", "--json", "--seed", "3", "--years", "40"));
        Assert.Equal("spiral", json.GetProperty("scenario").GetString());
        Assert.Equal(3UL, json.GetProperty("seed").GetUInt64());
        Assert.Equal(40, json.GetProperty("years").GetInt32());

        var metrics = json.GetProperty("metrics");
        Assert.Equal(RunMetrics.Names, metrics.EnumerateObject().Select(p => p.Name).ToArray());

        // The same run in-process gives the same wars and metrics.
        var scenario = ScenarioDocument.Load(Path.Combine(Cli.RepoRoot, "scenarios/spiral.yaml")).With("seed=3", "years=40").Build();
        var direct = Simulation.Run(scenario, 3);
        var wars = json.GetProperty("wars");
        Assert.Equal(direct.Wars.Count, wars.GetArrayLength());
        Assert.Equal(direct.Metrics.WarOccurred, metrics.GetProperty("war_occurred").GetBoolean());
        Assert.Equal(direct.Metrics.MeanMilitaryBurden, metrics.GetProperty("mean_military_burden").GetDouble());
        for (var i = 0; i < wars.GetArrayLength(); i++)
        {
            var w = wars[i];
            foreach (var key in new[] { "start", "end", "sides", "initiator", "preemptive", "motives" })
            {
                Assert.True(w.TryGetProperty(key, out _), $"war {i} lacks {key}");
            }

            Assert.Equal(direct.Wars[i].Start, w.GetProperty("start").GetInt32());
            Assert.Equal(direct.Wars[i].Initiator, w.GetProperty("initiator").GetString());
            Assert.Equal("security_seeker", w.GetProperty("motives").GetProperty(direct.Wars[i].Initiator).GetString());
        }

        Assert.Equal(JsonValueKind.Array, json.GetProperty("alliances").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("crises").ValueKind);
    }

    [Fact]
    public void Console_ShowsATablePerStateAndTheMetrics_InPlainAscii()
    {
        var r = Cli.Run("run", "scenarios/multipolar.yaml", "--years", "20");
        Assert.True(r.ExitCode == 0, r.ToString());
        foreach (var s in new[] { "Insula", "Montania", "Planitia", "Centralia", "Orientia", "burden", "trust held", "security", "wars", "spiral_index", "Mean trust went from" })
        {
            Assert.Contains(s, r.Stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotContain('\u001b', r.Stdout);
        Assert.Contains("+---", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_WritesTidyCsvAndRunJson_EqualToTheJsonOutput()
    {
        var dir = TempPath("sd-out");
        try
        {
            var r = Cli.Run("run", "scenarios/routine.yaml", "--years", "60", "--out", dir, "--json");
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Equal(["events.csv", "input.json", "run.json", "scenario.yaml", "series.csv", "stage_games.csv", "trust.csv"], Directory.GetFiles(dir).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
            Assert.Equal(r.Stdout, File.ReadAllText(Path.Combine(dir, "run.json")));

            var series = File.ReadAllLines(Path.Combine(dir, "series.csv"));
            Assert.Equal("year,state,resources,offense,defense,budget_share,military_burden,security,mean_trust_held,at_war", series[0]);
            Assert.Equal((2 * 60) + 1, series.Length); // one row per state and year
            Assert.All(series.Skip(1), l => Assert.Equal(10, l.Split(',').Length));
            Assert.Equal(60, series.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());

            var trust = File.ReadAllLines(Path.Combine(dir, "trust.csv"));
            Assert.Equal("year,observer,target,trust", trust[0]);
            Assert.All(trust.Skip(1), l => Assert.InRange(double.Parse(l.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture), 0, 1));

            var events = File.ReadAllLines(Path.Combine(dir, "events.csv"));
            Assert.Equal("year,kind,states,detail", events[0]);
            Assert.Contains(events, l => l.StartsWith("50,technology_change,", StringComparison.Ordinal)); // routine.yaml's change in year 50
            Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(dir)!, $".{Path.GetFileName(dir)}.tmp-*"));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public void Out_Parquet_HoldsTheSameRowsAsCsv()
    {
        var csv = TempPath("sd-csv");
        var parquet = TempPath("sd-parquet");
        try
        {
            Assert.Equal(0, Cli.Run("run", "scenarios/multipolar.yaml", "--years", "15", "--out", csv).ExitCode);
            var r = Cli.Run("run", "scenarios/multipolar.yaml", "--years", "15", "--out", parquet, "--format", "parquet");
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Equal(["events.parquet", "input.json", "run.json", "scenario.yaml", "series.parquet", "stage_games.csv", "trust.parquet"], Directory.GetFiles(parquet).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());

            using var db = new DuckDBConnection("Data Source=:memory:");
            db.Open();
            foreach (var table in new[] { "series", "trust", "events" })
            {
                using var cmd = db.CreateCommand();
                cmd.CommandText = $"SELECT count(*) FROM read_parquet('{Path.Combine(parquet, table + ".parquet")}')";
                var rows = Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(File.ReadAllLines(Path.Combine(csv, table + ".csv")).Length - 1, rows);
            }

            using var sum = db.CreateCommand();
            sum.CommandText = $"SELECT sum(offense) FROM read_parquet('{Path.Combine(parquet, "series.parquet")}') WHERE year = 15";
            var fromCsv = File.ReadAllLines(Path.Combine(csv, "series.csv")).Skip(1).Select(l => l.Split(','))
                .Where(c => c[0] == "15").Sum(c => double.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(fromCsv, Convert.ToDouble(sum.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), 9);
        }
        finally
        {
            foreach (var d in new[] { csv, parquet })
            {
                if (Directory.Exists(d))
                {
                    Directory.Delete(d, recursive: true);
                }
            }
        }
    }

    [Fact]
    public void Replications_AreIdenticalForAnyThreadCount_AndSummarizeTheRuns()
    {
        var one = Cli.Run("run", "scenarios/spiral.yaml", "--replications", "24", "--threads", "1", "--years", "40", "--json");
        var two = Cli.Run("run", "scenarios/spiral.yaml", "--replications", "24", "--threads", "2", "--years", "40", "--json");
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.Equal(one.Stdout, two.Stdout);

        var json = Json(one);
        Assert.Equal(24, json.GetProperty("replications").GetInt32());
        var metrics = json.GetProperty("metrics");
        Assert.Equal(ReplicationSummary.Names, metrics.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Contains("war_rate", ReplicationSummary.Names);
        Assert.Contains("tragic_war_rate", ReplicationSummary.Names);

        // war_rate is the share of seeds 1..24 whose own run had a war, with a Wilson interval around it.
        var scenario = ScenarioDocument.Load(Path.Combine(Cli.RepoRoot, "scenarios/spiral.yaml")).With("years=40").Build();
        var wars = Enumerable.Range(0, 24).Count(i => Simulation.Run(scenario with { Seed = (ulong)(1 + i) }, (ulong)(1 + i)).Metrics.WarOccurred);
        var rate = metrics.GetProperty("war_rate");
        Assert.Equal(wars / 24.0, rate.GetProperty("mean").GetDouble(), 12);
        Assert.True(rate.GetProperty("lower").GetDouble() <= wars / 24.0 && wars / 24.0 <= rate.GetProperty("upper").GetDouble());
        Assert.Equal(24, rate.GetProperty("n").GetInt32());
        output.WriteLine($"war_rate {rate}");
    }

    [Fact]
    public void Replications_Out_WritesOneRowPerReplicate()
    {
        var dir = TempPath("sd-reps");
        try
        {
            var r = Cli.Run("run", "scenarios/spiral.yaml", "-r", "6", "--years", "20", "--out", dir);
            Assert.True(r.ExitCode == 0, r.ToString());
            var lines = File.ReadAllLines(Path.Combine(dir, "runs.csv"));
            Assert.Equal("replicate,seed," + string.Join(',', RunMetrics.Names), lines[0]);
            Assert.Equal(["0,1", "1,2", "2,3", "3,4", "4,5", "5,6"], lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(2))).ToArray());
            Assert.True(File.Exists(Path.Combine(dir, "run.json")));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
