using SecurityDilemma.Experiments.Results;

namespace SecurityDilemma.Experiments.Tests.Support;

/// <summary>Reads whole tables as text rows (ordered), to compare databases cell by cell.</summary>
public static class Db
{
    public static List<string> Rows(string path, string table, string order)
    {
        using var c = ResultsStore.Open(path, readOnly: true);
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT * FROM {table} ORDER BY {order}";
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            var cells = new string[r.FieldCount];
            for (var i = 0; i < r.FieldCount; i++)
            {
                cells[i] = r.IsDBNull(i) ? "NULL" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(string.Join('|', cells));
        }

        return rows;
    }

    /// <summary>
    /// Rows of <paramref name="table"/> that one database has and the other lacks, counting duplicates (EXCEPT ALL both ways,
    /// exact cell equality), computed inside DuckDB: for tables too large to compare as text in the test.
    /// </summary>
    public static long Differences(string path, string other, string table)
    {
        using var c = ResultsStore.Open(path, readOnly: true);
        using var attach = c.CreateCommand();
        attach.CommandText = $"ATTACH '{other.Replace("'", "''", StringComparison.Ordinal)}' AS other (READ_ONLY)";
        attach.ExecuteNonQuery();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM ((SELECT * FROM {table} EXCEPT ALL SELECT * FROM other.{table}) UNION ALL (SELECT * FROM other.{table} EXCEPT ALL SELECT * FROM {table}))";
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static long Count(string path, string sql)
    {
        using var c = ResultsStore.Open(path, readOnly: true);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs one SQL statement against a database (to age or damage it on purpose).</summary>
    public static void Execute(string path, string sql)
    {
        using var c = ResultsStore.Open(path, readOnly: false);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
