namespace SecurityDilemma.Experiments.Results;

/// <summary>Writes a results database's tables as Parquet or CSV files (runs.parquet, series.parquet, sweep.parquet), each written then renamed.</summary>
public static class Exporter
{
    /// <summary>The export formats.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["parquet", "csv"];

    /// <summary>Exports every table of <paramref name="database"/> to <paramref name="directory"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Export(string database, string format, string directory)
    {
        if (!Formats.Contains(format))
        {
            throw new InputException("--export", null, null, "", $"unknown format '{format}'", "parquet or csv");
        }

        using var c = ResultsStore.OpenExisting(database);
        Directory.CreateDirectory(directory);
        var tables = new List<string> { "runs", "sweep" };
        if (ResultsStore.Scalar<long>(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'series' AND table_schema = 'main'") > 0)
        {
            tables.Insert(1, "series");
        }

        var written = new List<string>();
        foreach (var table in tables)
        {
            var target = Path.GetFullPath(Path.Combine(directory, $"{table}.{format}"));
            var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{table}.{Environment.ProcessId}.{format}.tmp");
            var order = table switch
            {
                "runs" => " ORDER BY run_id",
                "series" => " ORDER BY run_id, year, state",
                _ => " ORDER BY shard_index",
            };
            var options = format == "parquet" ? "FORMAT parquet" : "FORMAT csv, HEADER true";
            ResultsStore.Execute(c, $"COPY (SELECT * FROM {table}{order}) TO '{temp.Replace("'", "''", StringComparison.Ordinal)}' ({options})");
            File.Move(temp, target, overwrite: true);
            written.Add(target);
        }

        return written;
    }
}
