using System.Text.Json;
using System.Text.Json.Serialization;
using DuckDB.NET.Data;
using SecurityDilemma.Engine;
using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Evidence;

/// <summary>
/// Reads a directory written by <c>dilemma run --out DIR</c> (docs/run-output.md): run.json (wars, true motives,
/// metrics), the series and trust tables (CSV or Parquet, read through DuckDB) and the run's input (scenario.yaml
/// and input.json). Every problem is an <see cref="InputException"/> naming the file.
/// </summary>
public static class RunDirectory
{
    private const string Expected = "a directory written by 'dilemma run FILE --out DIR' (one run, not --replications)";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>True when <paramref name="path"/> is a directory holding a run.json.</summary>
    public static bool Looks(string path) => Directory.Exists(path) && File.Exists(Path.Combine(path, "run.json"));

    /// <summary>Loads the run in <paramref name="directory"/>.</summary>
    public static RunEvidence Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InputException(directory, null, null, "", File.Exists(directory) ? "is a file, not a run directory" : "no such directory", Expected);
        }

        var runJson = Path.Combine(directory, "run.json");
        if (!File.Exists(runJson))
        {
            throw new InputException(directory, null, null, "", "no run.json", Expected);
        }

        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(runJson));
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InputException(runJson, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1, "", "is not valid JSON", "the run.json written by 'dilemma run --out'");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("replications", out var reps) || !root.TryGetProperty("seed", out var seedElement))
        {
            throw new InputException(runJson, null, null, "", "is not a run document (no 'seed' or 'replications')", Expected);
        }

        if (reps.GetInt32() != 1)
        {
            throw new InputException(runJson, null, null, "replications", $"holds {reps.GetInt32()} replications", "a single run (drop --replications; the analyses replicate themselves)");
        }

        var input = RunInput.Read(directory);
        var document = input.Document();
        var scenario = document.Build();
        var seed = seedElement.GetUInt64();
        IReadOnlyList<WarRecord> wars;
        RunMetrics metrics;
        try
        {
            wars = root.GetProperty("wars").Deserialize<List<WarRecord>>(JsonOptions) ?? [];
            metrics = root.GetProperty("metrics").Deserialize<RunMetrics>(JsonOptions) ?? throw new JsonException("metrics is null");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InputException(runJson, null, null, "", $"has no readable wars or metrics ({e.Message})", "the run.json written by 'dilemma run --out' of this version");
        }

        var names = scenario.States.Select((s, i) => (s.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var series = new List<StateYear>();
        var trust = new List<TrustRow>();
        using (var c = new DuckDBConnection("DataSource=:memory:"))
        {
            c.Open();
            ReadTable(c, directory, "series", "CAST(year AS INTEGER), CAST(state AS VARCHAR), resources, offense, defense, budget_share, military_burden, security, mean_trust_held, CAST(at_war AS BOOLEAN)", (r, file) =>
                series.Add(new StateYear(
                    r.GetInt32(0), State(names, r.GetString(1), file), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4), r.GetDouble(5),
                    r.GetDouble(6), r.GetDouble(7), r.GetDouble(8), r.GetBoolean(9))));
            ReadTable(c, directory, "trust", "CAST(year AS INTEGER), CAST(observer AS VARCHAR), CAST(target AS VARCHAR), trust", (r, file) =>
                trust.Add(new TrustRow(r.GetInt32(0), State(names, r.GetString(1), file), State(names, r.GetString(2), file), r.GetDouble(3))));
        }

        return new RunEvidence
        {
            Source = directory,
            Document = document,
            Scenario = scenario with { Seed = seed },
            Seed = seed,
            Wars = wars,
            Metrics = metrics,
            Series = series,
            Trust = trust,
        };
    }

    /// <summary>
    /// Re-runs the directory's scenario and checks that it reproduces the recorded wars: counterfactuals compare
    /// against a re-run, so a directory written by another engine version cannot be explained by this one.
    /// </summary>
    public static void CheckReproduces(RunEvidence evidence)
    {
        var again = Simulation.Run(evidence.Scenario, evidence.Seed);
        var recorded = evidence.Wars.Select(w => (w.Start, w.Initiator)).ToList();
        var now = again.Wars.Select(w => (w.Start, w.Initiator)).ToList();
        if (!recorded.SequenceEqual(now) || again.Metrics.WarCount != evidence.Metrics.WarCount)
        {
            throw new InputException(
                evidence.Source,
                null,
                null,
                "run.json",
                $"re-running its scenario gives other wars ({now.Count} instead of {recorded.Count}): it was written by another engine version",
                "a run directory written by this version of dilemma (run the scenario again with --out)");
        }
    }

    private static void ReadTable(DuckDBConnection c, string directory, string table, string columns, Action<DuckDBDataReader, string> row)
    {
        var csv = Path.Combine(directory, table + ".csv");
        var parquet = Path.Combine(directory, table + ".parquet");
        var file = File.Exists(csv) ? csv : File.Exists(parquet) ? parquet : throw new InputException(directory, null, null, "", $"no {table}.csv or {table}.parquet", Expected);
        var reader = file.EndsWith(".csv", StringComparison.Ordinal) ? $"read_csv('{Escape(file)}', header = true, all_varchar = false)" : $"read_parquet('{Escape(file)}')";
        try
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT {columns} FROM {reader}";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                row(r, file);
            }
        }
        catch (DuckDBException e)
        {
            throw new InputException(file, null, null, "", $"cannot be read as the {table} table ({e.Message.Split('\n')[0]})", "the columns listed in docs/run-output.md");
        }
    }

    private static int State(Dictionary<string, int> names, string name, string file)
        => names.TryGetValue(name, out var i) ? i : throw new InputException(file, null, null, "state", $"unknown state '{name}'", "a state of the run's scenario.yaml");

    private static string Escape(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
