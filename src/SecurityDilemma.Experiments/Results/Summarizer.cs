using System.Globalization;
using DuckDB.NET.Data;
using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Experiments.Results;

/// <summary>
/// Per-point estimates from a results database: yes/no metrics as proportions with Wilson intervals, the rest as means
/// with Student-t intervals (<see cref="Estimate"/>), points ordered by their parameter values.
/// </summary>
public static class Summarizer
{
    /// <summary>Summarizes the database at <paramref name="path"/>; a missing or foreign file is an <see cref="InputException"/>.</summary>
    public static SweepSummary Summarize(string path, double level = 0.95)
    {
        using var c = ResultsStore.OpenExisting(path);
        var infos = ResultsStore.Verify(c, path);
        var columns = Columns(c, "runs");
        var parameters = columns.Where(col => ResultsSchema.IsParameterColumn(col.Name)).ToList();
        var metrics = columns.Where(col => RunMetrics.Names.Contains(col.Name)).Select(col => col.Name).ToList();
        var total = infos[0].TotalRuns;
        var stored = ResultsStore.Scalar<long>(c, "SELECT count(*) FROM runs");
        var complete = stored == total && infos.All(i => i.FinishedAt is not null);

        using var cmd = c.CreateCommand();
        var select = new List<string> { "point_id" };
        select.AddRange(parameters.Select(p => ResultsSchema.Quote(p.Name)));
        select.AddRange(metrics.Select(m => ResultsSchema.IsRate(m) ? $"CAST({ResultsSchema.Quote(m)} AS DOUBLE)" : $"CAST({ResultsSchema.Quote(m)} AS DOUBLE)"));
        var order = string.Join(", ", parameters.Select(p => ResultsSchema.Quote(p.Name)).Append("point_id").Append("run_id"));
        cmd.CommandText = $"SELECT {string.Join(", ", select)} FROM runs ORDER BY {order}";
        using var r = cmd.ExecuteReader();

        var points = new List<PointSummary>();
        long current = -1;
        Dictionary<string, object> currentParams = [];
        var values = metrics.Select(_ => new List<double>()).ToArray();
        var runs = 0;
        void Flush()
        {
            if (runs == 0)
            {
                return;
            }

            var summaries = new Dictionary<string, MetricSummary>(StringComparer.Ordinal);
            for (var m = 0; m < metrics.Count; m++)
            {
                var xs = values[m];
                Estimate e;
                string kind;
                if (ResultsSchema.IsRate(metrics[m]))
                {
                    var defined = xs.Where(x => !double.IsNaN(x)).ToList();
                    e = Estimate.Proportion(defined.Count(x => x != 0), defined.Count, level);
                    kind = "proportion";
                }
                else
                {
                    e = Estimate.Mean(xs, level);
                    kind = "mean";
                }

                summaries[metrics[m]] = new MetricSummary(kind, e.Value, e.Lower, e.Upper, e.N);
                xs.Clear();
            }

            points.Add(new PointSummary(current, currentParams, runs, summaries));
            runs = 0;
        }

        while (r.Read())
        {
            var point = r.GetInt64(0);
            if (point != current)
            {
                Flush();
                current = point;
                currentParams = new Dictionary<string, object>(StringComparer.Ordinal);
                for (var p = 0; p < parameters.Count; p++)
                {
                    currentParams[parameters[p].Name] = r.GetValue(1 + p);
                }
            }

            runs++;
            for (var m = 0; m < metrics.Count; m++)
            {
                var ordinal = 1 + parameters.Count + m;
                values[m].Add(r.IsDBNull(ordinal) ? double.NaN : r.GetDouble(ordinal));
            }
        }

        Flush();
        return new SweepSummary(infos[0].Name, total, stored, complete, parameters.Select(p => p.Name).ToList(), metrics, points);
    }

    /// <summary>Formats an estimate for a table cell: value [lower, upper].</summary>
    public static string Format(MetricSummary m)
    {
        static string F(double x) => double.IsNaN(x) ? "-" : Math.Abs(x) < 1e-12 ? "0" : x.ToString("G4", CultureInfo.InvariantCulture);
        return double.IsNaN(m.Lower) ? F(m.Value) : $"{F(m.Value)} [{F(m.Lower)}, {F(m.Upper)}]";
    }

    /// <summary>Formats a parameter value for a table cell (numbers to four significant digits).</summary>
    public static string FormatParameter(object value)
        => value is double d ? d.ToString("G4", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    /// <summary>Column names and types of a table, in order.</summary>
    internal static IReadOnlyList<(string Name, string Type)> Columns(DuckDBConnection c, string table, string database = "")
    {
        using var cmd = c.CreateCommand();
        var db = database.Length == 0 ? "current_database()" : $"'{database}'";
        cmd.CommandText = $"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{table}' AND table_catalog = {db} AND table_schema = 'main' ORDER BY ordinal_position";
        using var r = cmd.ExecuteReader();
        var result = new List<(string, string)>();
        while (r.Read())
        {
            result.Add((r.GetString(0), r.GetString(1)));
        }

        return result;
    }
}
