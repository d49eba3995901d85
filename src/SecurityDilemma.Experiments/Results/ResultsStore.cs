using System.Globalization;
using DuckDB.NET.Data;
using SecurityDilemma.Engine;
using SecurityDilemma.Experiments.Execution;

namespace SecurityDilemma.Experiments.Results;

/// <summary>
/// A sweep's DuckDB results database, open for writing. Runs are appended in batches, each batch in one transaction
/// (runs and their series together), so a kill leaves only whole batches and <c>--resume</c> skips the run ids present.
/// </summary>
public sealed class ResultsStore : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly SweepPlan plan;
    private readonly int[] metricIndex;
    private readonly string[] metricTypes;
    private readonly object[][] pointValues;

    private ResultsStore(DuckDBConnection connection, SweepPlan plan)
    {
        this.connection = connection;
        this.plan = plan;
        var sweep = plan.Definition;
        metricIndex = sweep.Metrics.Select(m => RunMetrics.Names.ToList().IndexOf(m)).ToArray();
        metricTypes = sweep.Metrics.Select(ResultsSchema.SqlType).ToArray();
        pointValues = plan.Points.Select(p => p.Values.Select((v, d) => sweep.Parameters[d].IsNumeric
            ? (object)double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)
            : v).ToArray()).ToArray();
    }

    public string Path { get; private init; } = "";

    /// <summary>Creates a new database for <paramref name="plan"/> (built at a temporary name, renamed into place when ready).</summary>
    public static ResultsStore Create(string path, SweepPlan plan, ShardSpec shard, string toolVersion)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        var temp = System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.creating");
        DeleteWithWal(temp);
        try
        {
            using (var c = Open(temp, readOnly: false))
            {
                foreach (var sql in ResultsSchema.CreateStatements(plan.Definition))
                {
                    Execute(c, sql);
                }

                using var cmd = c.CreateCommand();
                cmd.CommandText = "INSERT INTO sweep VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, NULL)";
                var d = plan.Definition;
                object[] values =
                [
                    d.Name, d.Source, d.Text, plan.SweepSha256, plan.ScenarioSha256, toolVersion, d.Seed, d.Replications,
                    (long)plan.Points.Count, plan.TotalRuns, shard.Index, shard.Count, DateTime.UtcNow,
                ];
                foreach (var v in values)
                {
                    cmd.Parameters.Add(new DuckDBParameter(v));
                }

                cmd.ExecuteNonQuery();
                Execute(c, "CHECKPOINT");
            }

            File.Move(temp, full, overwrite: false);
        }
        finally
        {
            DeleteWithWal(temp);
        }

        return new ResultsStore(Open(full, readOnly: false), plan) { Path = full };
    }

    /// <summary>Opens an existing database to continue it; it must hold the same sweep, scenario(s) and shard.</summary>
    public static ResultsStore Resume(string path, SweepPlan plan, ShardSpec shard)
    {
        var full = System.IO.Path.GetFullPath(path);
        var connection = Open(full, readOnly: false);
        try
        {
            var info = ReadInfo(connection, full).Single();
            string? mismatch = info.SweepSha256 != plan.SweepSha256 ? "the sweep file has changed (different SHA-256)"
                : info.ScenarioSha256 != plan.ScenarioSha256 ? "the base scenario file(s) have changed"
                : info.ShardIndex != shard.Index || info.ShardCount != shard.Count ? $"it holds shard {info.ShardIndex}/{info.ShardCount}, not {shard}"
                : null;
            if (mismatch is not null)
            {
                throw new InputException(full, null, null, "", $"cannot resume: {mismatch}", "the same sweep file, scenarios and --shard as the interrupted run, or a new --out");
            }

            return new ResultsStore(connection, plan) { Path = full };
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens a DuckDB file; read-only connections let several readers share it.</summary>
    public static DuckDBConnection Open(string path, bool readOnly)
    {
        var c = new DuckDBConnection($"Data Source={path}{(readOnly ? ";ACCESS_MODE=READ_ONLY" : "")}");
        c.Open();
        return c;
    }

    /// <summary>Opens a results database for reading; a missing or foreign file is an <see cref="InputException"/>.</summary>
    public static DuckDBConnection OpenExisting(string path, bool readOnly = true)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "", "no such results database", "a .duckdb file written by 'dilemma sweep'");
        }

        DuckDBConnection c;
        try
        {
            c = Open(path, readOnly);
        }
        catch (DuckDBException e)
        {
            throw new InputException(path, null, null, "", $"cannot open as a DuckDB database ({e.Message.Split('\n')[0]})", "a .duckdb file written by 'dilemma sweep'");
        }

        if (Scalar<long>(c, "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('runs', 'sweep') AND table_schema = 'main'") != 2)
        {
            c.Dispose();
            throw new InputException(path, null, null, "", "not a sweep results database (no runs and sweep tables)", "a .duckdb file written by 'dilemma sweep'");
        }

        return c;
    }

    /// <summary>The sweep rows of a database (one per shard it holds).</summary>
    public static IReadOnlyList<SweepInfo> ReadInfo(DuckDBConnection c, string source)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name, sweep_file, sweep_text, sweep_sha256, scenario_sha256, tool_version, master_seed, replications, points, total_runs, shard_index, shard_count, started_at, finished_at FROM sweep ORDER BY shard_index";
        using var r = cmd.ExecuteReader();
        var rows = new List<SweepInfo>();
        while (r.Read())
        {
            rows.Add(new SweepInfo
            {
                Name = r.GetString(0),
                SweepFile = r.GetString(1),
                SweepText = r.GetString(2),
                SweepSha256 = r.GetString(3),
                ScenarioSha256 = r.GetString(4),
                ToolVersion = r.GetString(5),
                MasterSeed = r.GetFieldValue<ulong>(6),
                Replications = r.GetInt32(7),
                Points = r.GetInt64(8),
                TotalRuns = r.GetInt64(9),
                ShardIndex = r.GetInt32(10),
                ShardCount = r.GetInt32(11),
                StartedAt = r.GetDateTime(12),
                FinishedAt = r.IsDBNull(13) ? null : r.GetDateTime(13),
            });
        }

        if (rows.Count == 0)
        {
            throw new InputException(source, null, null, "sweep", "the sweep table is empty", "a database written by 'dilemma sweep'");
        }

        return rows;
    }

    /// <summary>Run ids already stored, ascending.</summary>
    public long[] ExistingRunIds()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT run_id FROM runs ORDER BY run_id";
        using var r = cmd.ExecuteReader();
        var ids = new List<long>();
        while (r.Read())
        {
            ids.Add(r.GetInt64(0));
        }

        return [.. ids];
    }

    /// <summary>Appends a batch of runs (and their series) in one transaction.</summary>
    public void Append(IReadOnlyList<RunRecord> batch)
    {
        using var tx = connection.BeginTransaction();
        if (plan.Definition.Series)
        {
            using var series = connection.CreateAppender("series");
            foreach (var run in batch)
            {
                var states = plan.Points[(int)run.PointId].Scenario.States;
                foreach (var s in run.Series)
                {
                    series.CreateRow()
                        .AppendValue(run.RunId).AppendValue(s.Year).AppendValue(states[s.State].Name)
                        .AppendValue(s.Resources).AppendValue(s.Offense).AppendValue(s.Defense).AppendValue(s.BudgetShare)
                        .AppendValue(s.MilitaryBurden).AppendValue(s.Security).AppendValue(s.MeanTrustHeld).AppendValue(s.AtWar)
                        .EndRow();
                }
            }
        }

        using (var runs = connection.CreateAppender("runs"))
        {
            foreach (var run in batch)
            {
                var row = runs.CreateRow().AppendValue(run.RunId).AppendValue(run.PointId).AppendValue(run.Replicate).AppendValue(run.Seed);
                foreach (var v in pointValues[(int)run.PointId])
                {
                    row = v is double d ? row.AppendValue(d) : row.AppendValue((string)v);
                }

                for (var m = 0; m < metricIndex.Length; m++)
                {
                    var x = run.Metrics[metricIndex[m]];
                    row = double.IsNaN(x) ? row.AppendNullValue()
                        : metricTypes[m] switch
                        {
                            "BOOLEAN" => row.AppendValue(x != 0),
                            "INTEGER" => row.AppendValue((int)x),
                            _ => row.AppendValue(x),
                        };
                }

                row.EndRow();
            }
        }

        tx.Commit();
    }

    /// <summary>Records the end time: the shard is complete.</summary>
    public void MarkFinished()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "UPDATE sweep SET finished_at = $1";
        cmd.Parameters.Add(new DuckDBParameter(DateTime.UtcNow));
        cmd.ExecuteNonQuery();
        Execute(connection, "CHECKPOINT");
    }

    public void Dispose() => connection.Dispose();

    internal static void Execute(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    internal static T Scalar<T>(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    internal static void DeleteWithWal(string path)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
    }
}
