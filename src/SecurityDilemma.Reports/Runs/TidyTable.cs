using System.Globalization;
using DuckDB.NET.Data;

namespace SecurityDilemma.Reports.Runs;

/// <summary>
/// A tidy table read by column name (CSV or Parquet, through DuckDB): columns the reader does not know are kept and
/// ignored, so output with extra columns still plots.
/// </summary>
public sealed class TidyTable
{
    private readonly Dictionary<string, int> index;

    /// <summary>A table of <paramref name="columns"/> and <paramref name="rows"/> (each row one value per column; null for empty).</summary>
    public TidyTable(string source, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        Source = source;
        Columns = columns;
        Rows = rows;
        index = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>Where the table came from (for error messages).</summary>
    public string Source { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<object?[]> Rows { get; }

    /// <summary>True when the table has a column named <paramref name="column"/>.</summary>
    public bool Has(string column) => index.ContainsKey(column);

    /// <summary>Reads <paramref name="path"/> (.csv or .parquet) with DuckDB's readers.</summary>
    public static TidyTable Read(string path)
    {
        var reader = Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase)
            ? $"read_parquet('{Escape(path)}')"
            : $"read_csv('{Escape(path)}', header = true, auto_detect = true)";
        try
        {
            using var c = new DuckDBConnection("DataSource=:memory:");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {reader}";
            using var r = cmd.ExecuteReader();
            var columns = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToArray();
            var rows = new List<object?[]>();
            while (r.Read())
            {
                var row = new object?[columns.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
                }

                rows.Add(row);
            }

            return new TidyTable(path, columns, rows);
        }
        catch (DuckDBException e)
        {
            throw new InputException(path, null, null, "", $"cannot read the table ({e.Message.Split('\n')[0]})", "a CSV file with a header row or a Parquet file");
        }
    }

    /// <summary>The column as numbers (booleans as 0/1, empty as NaN); a missing or non-numeric column is an <see cref="InputException"/>.</summary>
    public double[] Numbers(string column)
    {
        var i = Require(column);
        var result = new double[Rows.Count];
        for (var k = 0; k < Rows.Count; k++)
        {
            result[k] = Rows[k][i] switch
            {
                null => double.NaN,
                bool b => b ? 1 : 0,
                string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
                string s => throw new InputException(Source, k + 2, i + 1, column, $"'{s}' is not a number", "a numeric column"),
                IConvertible v => v.ToDouble(CultureInfo.InvariantCulture),
                var v => throw new InputException(Source, k + 2, i + 1, column, $"'{v}' is not a number", "a numeric column"),
            };
        }

        return result;
    }

    /// <summary>The column as text (empty for missing values).</summary>
    public string[] Texts(string column)
    {
        var i = Require(column);
        return [.. Rows.Select(r => Convert.ToString(r[i], CultureInfo.InvariantCulture) ?? "")];
    }

    /// <summary>The numeric columns (every column whose values are all numbers or booleans), in file order.</summary>
    public IReadOnlyList<string> NumericColumns()
        => [.. Columns.Where((c, i) => Rows.All(r => r[i] is null or bool || (r[i] is IConvertible && r[i] is not string)))];

    private int Require(string column) => index.TryGetValue(column, out var i)
        ? i
        : throw new InputException(Source, null, null, column, "no such column", $"one of {string.Join(", ", Columns)}");

    private static string Escape(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
