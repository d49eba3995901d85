using System.Globalization;
using DuckDB.NET.Data;
using SecurityDilemma.Engine;
using SecurityDilemma.Experiments.Execution;
using SecurityDilemma.IO;

namespace SecurityDilemma.Experiments.Results;

/// <summary>
/// A sweep's DuckDB results database, open for writing. Runs are appended in batches, each batch in one transaction
/// (runs and their series together), so a kill leaves only whole batches and <c>--resume</c> skips the run ids present.
/// </summary>
public sealed class ResultsStore : IDisposable
{
    private const string Expected = "a .duckdb results database written by 'dilemma sweep' or 'dilemma merge'";

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
        StaleTemps.Clean(dir, new System.Text.RegularExpressions.Regex($"^\\.{System.Text.RegularExpressions.Regex.Escape(System.IO.Path.GetFileName(full))}\\.(?<pid>[0-9]+)\\.creating(\\.wal)?$"));
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
        var connection = OpenExisting(full, readOnly: false);
        try
        {
            var info = Verify(connection, full).Single();
            var columns = RunColumns(connection);
            var absent = plan.Definition.Metrics.FirstOrDefault(m => !columns.Contains(m));
            string? mismatch = info.SweepSha256 != plan.SweepSha256 ? "the sweep file has changed (different SHA-256)"
                : info.ScenarioSha256 != plan.ScenarioSha256 ? "the base scenario file(s) have changed"
                : info.ShardIndex != shard.Index || info.ShardCount != shard.Count ? $"it holds shard {info.ShardIndex}/{info.ShardCount}, not {shard}"
                : absent is not null ? $"its runs have no column '{absent}' (written by a version of dilemma with other metrics)"
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
        if (Directory.Exists(path))
        {
            throw new InputException(path, null, null, "", "is a directory", Expected);
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "", "no such results database", Expected);
        }

        InputFile.CheckRegularFile(path, Expected);
        DuckDBConnection c;
        try
        {
            c = Open(path, readOnly);
        }
        catch (DuckDBException e) when (IsLocked(e))
        {
            throw new EnvironmentException($"{path}: in use by another process{LockHolder(e)}; expected one writer at a time (wait for it to finish, or use another --out)");
        }
        catch (DuckDBException e)
        {
            throw new InputException(path, null, null, "", $"cannot open as a DuckDB database ({e.Message.Split('\n')[0]})", Expected);
        }

        try
        {
            if (Scalar<long>(c, "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('runs', 'sweep') AND table_schema = 'main'") != 2)
            {
                throw new InputException(path, null, null, "", "not a sweep results database (no runs and sweep tables)", Expected);
            }
        }
        catch (Exception e) when (e is InputException or DuckDBException)
        {
            c.Dispose();
            throw e as InputException ?? Damaged(path, (DuckDBException)e);
        }

        return c;
    }

    /// <summary>The columns of the database's runs table.</summary>
    private static HashSet<string> RunColumns(DuckDBConnection c)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT column_name FROM information_schema.columns WHERE table_name = 'runs' AND table_schema = 'main'";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            columns.Add(r.GetString(0));
        }

        return columns;
    }

    /// <summary>
    /// Checks a results database before it is trusted (by --resume, summarize or merge): the tables have the columns the
    /// sweep writes, every row can be read (a full scan, so a truncated or overwritten file fails here), run ids are
    /// distinct and inside the sweep's recorded plan, and a finished shard holds all its runs. Returns the sweep rows.
    /// </summary>
    public static IReadOnlyList<SweepInfo> Verify(DuckDBConnection c, string path)
    {
        try
        {
            var columns = RunColumns(c);
            foreach (var required in new[] { "run_id", "point_id", "replicate", "seed" })
            {
                if (!columns.Contains(required))
                {
                    throw new InputException(path, null, null, "runs", $"has no column '{required}' (not written by 'dilemma sweep', or damaged)", Expected);
                }
            }

            IReadOnlyList<SweepInfo> infos;
            try
            {
                infos = ReadInfo(c, path);
            }
            catch (Exception e) when (e is InvalidCastException or FormatException or IndexOutOfRangeException or ArgumentException)
            {
                throw new InputException(path, null, null, "sweep", $"the sweep table does not have the expected columns ({e.Message.Split('\n')[0]})", Expected);
            }

            var total = infos[0].TotalRuns;
            if (total < 1 || infos.Any(i => i.TotalRuns != total))
            {
                throw new InputException(path, null, null, "sweep", "the recorded plans disagree (total runs)", Expected);
            }

            long rows, distinct, min, max;
            using (var cmd = c.CreateCommand())
            {
                // hash(r) reads every column of every row, so damaged blocks fail here rather than halfway through a summary.
                cmd.CommandText = "SELECT count(*), count(DISTINCT run_id), coalesce(min(run_id), 0), coalesce(max(run_id), 0), bit_xor(hash(r)) FROM runs r";
                using var r = cmd.ExecuteReader();
                r.Read();
                (rows, distinct, min, max) = (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3));
            }

            if (Scalar<long>(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'series' AND table_schema = 'main'") > 0)
            {
                Execute(c, "SELECT count(*), bit_xor(hash(s)) FROM series s");
            }

            if (distinct != rows || min < 0 || max >= total || rows > total)
            {
                throw new InputException(path, null, null, "runs", $"holds {rows:N0} rows ({distinct:N0} distinct run ids from {min} to {max}) for a sweep of {total:N0} runs", $"{Expected}, undamaged");
            }

            var shardRuns = infos.Sum(i => new ShardSpec(i.ShardIndex, Math.Max(1, i.ShardCount)).RunsIn(total));
            if (infos.All(i => i.FinishedAt is not null) && rows != shardRuns)
            {
                throw new InputException(path, null, null, "runs", $"is marked finished but holds {rows:N0} of its {shardRuns:N0} runs", $"{Expected}, undamaged");
            }

            return infos;
        }
        catch (DuckDBException e)
        {
            throw Damaged(path, e);
        }
    }

    private static InputException Damaged(string path, DuckDBException e)
        => new(path, null, null, "", $"damaged: DuckDB cannot read it ({e.Message.Split('\n')[0].TrimEnd('.')})", "an undamaged results database (rerun the sweep, or restore a copy)");

    private static bool IsLocked(DuckDBException e)
        => e.Message.Contains("Could not set lock", StringComparison.Ordinal) || e.Message.Contains("Conflicting lock", StringComparison.Ordinal);

    private static string LockHolder(DuckDBException e)
        => System.Text.RegularExpressions.Regex.Match(e.Message, "PID (?<pid>[0-9]+)") is { Success: true } m ? $" (PID {m.Groups["pid"].Value})" : "";

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
