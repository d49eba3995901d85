using DuckDB.NET.Data;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Reports.Runs;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Reports.Sweeps;

/// <summary>
/// The replications of one sweep point, read from the database's <c>series</c> table (kept with <c>series: true</c>):
/// the input of <see cref="ReplicationBand"/>.
/// </summary>
public static class SweepSeries
{
    /// <summary>
    /// The mean and 95% band of series column <paramref name="column"/> per state over the replications of point
    /// <paramref name="point"/> (null: the first point).
    /// </summary>
    public static Figure Band(string database, string column, long? point)
    {
        using var c = ResultsStore.OpenExisting(database);
        if (Scalar<long>(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'series' AND table_schema = 'main'") == 0)
        {
            throw new InputException(database, null, null, "", "has no series table", "a sweep run with 'series: true' (docs/sweep-format.md)");
        }

        var columns = new List<string>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT column_name FROM information_schema.columns WHERE table_name = 'series' AND table_schema = 'main' ORDER BY ordinal_position";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                columns.Add(r.GetString(0));
            }
        }

        if (!columns.Contains(column) || column is "run_id" or "year" or "state")
        {
            throw new InputException("--metric", null, null, "", $"'{column}' is not a series column of {database}", $"one of {string.Join(", ", columns.Where(n => n is not ("run_id" or "year" or "state")))}");
        }

        var chosen = point ?? Scalar<long>(c, "SELECT coalesce(min(point_id), -1) FROM runs");
        var values = new Dictionary<string, Dictionary<long, SortedDictionary<int, double>>>(StringComparer.Ordinal);
        var states = new List<string>();
        var allYears = new SortedSet<int>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = $"SELECT s.state, r.replicate, s.year, CAST(s.{ResultsSchema.Quote(column)} AS DOUBLE) FROM series s JOIN runs r USING (run_id) WHERE r.point_id = $point ORDER BY r.replicate, s.year";
            cmd.Parameters.Add(new DuckDBParameter("point", chosen));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var state = r.GetString(0);
                if (!values.TryGetValue(state, out var byReplicate))
                {
                    values[state] = byReplicate = [];
                    states.Add(state);
                }

                var replicate = r.GetInt64(1);
                if (!byReplicate.TryGetValue(replicate, out var years))
                {
                    byReplicate[replicate] = years = [];
                }

                var year = r.GetInt32(2);
                years[year] = r.IsDBNull(3) ? double.NaN : r.GetDouble(3);
                allYears.Add(year);
            }
        }

        if (states.Count == 0)
        {
            throw new InputException("--point", null, null, "", $"point {chosen} has no stored series in {database}", "a point_id of the runs table ('dilemma summarize' lists them)");
        }

        var yearList = allYears.ToArray();
        var groups = states.Select(s => (s, values[s].Values.Select(byYear => yearList.Select(y => byYear.TryGetValue(y, out var v) ? v : double.NaN).ToArray()).ToArray())).ToList();
        var sweep = Scalar<string>(c, "SELECT name FROM sweep LIMIT 1");
        var title = $"{RunPlots.Label(column).Split(" (")[0]}: mean and 95% band over {groups[0].Item2.Length} replications ({sweep}, point {chosen})";
        return ReplicationBand.Build(title, RunPlots.Label(column), [.. yearList.Select(y => (double)y)], groups);
    }

    private static T Scalar<T>(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
