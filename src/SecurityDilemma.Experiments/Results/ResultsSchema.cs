using System.Reflection;
using System.Text.Json;
using SecurityDilemma.Engine;
using SecurityDilemma.Experiments.Execution;
using SecurityDilemma.Experiments.Sweeps;

namespace SecurityDilemma.Experiments.Results;

/// <summary>
/// The results database's tables (docs/sweep-format.md, "Results database"): <c>runs</c> (one row per run: ids, seed,
/// each varied parameter as its own column, then the kept metrics), <c>series</c> (one row per run, year and state,
/// when kept) and <c>sweep</c> (the sweep file, its hash, tool version, times, shard).
/// </summary>
public static class ResultsSchema
{
    /// <summary>Metrics that are yes/no per run: stored as BOOLEAN and summarized as proportions with Wilson intervals.</summary>
    public static bool IsRate(string metric) => SqlType(metric) == "BOOLEAN";

    /// <summary>The DuckDB type of a metric, from the type of its <see cref="RunMetrics"/> property (bool, int, double).</summary>
    public static string SqlType(string metric)
    {
        var property = typeof(RunMetrics).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .First(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name) == metric);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type == typeof(bool) ? "BOOLEAN" : type == typeof(int) ? "INTEGER" : "DOUBLE";
    }

    /// <summary>Quotes an identifier for DuckDB (parameter paths contain dots and stars).</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>CREATE TABLE statements for a plan's database.</summary>
    public static IReadOnlyList<string> CreateStatements(SweepDefinition sweep)
    {
        var columns = new List<string> { "run_id BIGINT PRIMARY KEY", "point_id BIGINT NOT NULL", "replicate INTEGER NOT NULL", "seed UBIGINT NOT NULL" };
        columns.AddRange(sweep.Parameters.Select(p => $"{Quote(p.Path)} {(p.IsNumeric ? "DOUBLE" : "VARCHAR")} NOT NULL"));
        columns.AddRange(sweep.Metrics.Select(m => $"{Quote(m)} {SqlType(m)}"));
        var statements = new List<string>
        {
            $"CREATE TABLE runs ({string.Join(", ", columns)})",
            """
            CREATE TABLE sweep (
              name VARCHAR, sweep_file VARCHAR, sweep_text VARCHAR, sweep_sha256 VARCHAR, scenario_sha256 VARCHAR,
              tool_version VARCHAR, master_seed UBIGINT, replications INTEGER, points BIGINT, total_runs BIGINT,
              shard_index INTEGER, shard_count INTEGER, started_at TIMESTAMP, finished_at TIMESTAMP)
            """,
        };
        if (sweep.Series)
        {
            statements.Add("""
                CREATE TABLE series (
                  run_id BIGINT NOT NULL, year INTEGER NOT NULL, state VARCHAR NOT NULL, resources DOUBLE, offense DOUBLE,
                  defense DOUBLE, budget_share DOUBLE, military_burden DOUBLE, security DOUBLE, mean_trust_held DOUBLE,
                  at_war BOOLEAN)
                """);
        }

        return statements;
    }

    /// <summary>Column names of the runs table that are neither ids nor metrics: the varied parameters.</summary>
    public static bool IsParameterColumn(string column) => !SweepPlan.ReservedColumns.Contains(column) && !RunMetrics.Names.Contains(column);
}
