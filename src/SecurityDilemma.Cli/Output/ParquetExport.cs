using DuckDB.NET.Data;

namespace SecurityDilemma.Cli.Output;

/// <summary>Converts the tidy CSV files of a run to Parquet with an in-memory DuckDB (<c>--format parquet</c>).</summary>
public static class ParquetExport
{
    /// <summary>Writes <paramref name="csv"/> as <c>.parquet</c> beside it with the given column types, then deletes the CSV.</summary>
    public static void Convert(string csv, IReadOnlyList<(string Name, string Type)> columns)
    {
        var parquet = Path.ChangeExtension(csv, ".parquet");
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var types = string.Join(", ", columns.Select(c => $"'{c.Name}': '{c.Type}'"));
        command.CommandText =
            $"COPY (SELECT * FROM read_csv('{Sql(csv)}', header = true, quote = '\"', escape = '\"', columns = {{{types}}})) TO '{Sql(parquet)}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        File.Delete(csv);
    }

    private static string Sql(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
