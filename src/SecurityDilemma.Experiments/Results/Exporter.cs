using System.Text.RegularExpressions;
using SecurityDilemma.IO;

namespace SecurityDilemma.Experiments.Results;

/// <summary>Writes a results database's tables as Parquet or CSV files (runs.parquet, series.parquet, sweep.parquet), each written then renamed.</summary>
public static class Exporter
{
    /// <summary>The export formats.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["parquet", "csv"];

    /// <summary>
    /// Checks before any work that <paramref name="directory"/> can take the export: a directory (or a new one in a
    /// writable place) that does not hold the tables' files already (exports are never overwritten).
    /// </summary>
    public static void CheckTarget(string format, string directory)
    {
        if (!Formats.Contains(format))
        {
            throw new InputException("--export", null, null, "", $"unknown format '{format}'", "parquet or csv, then a directory");
        }

        var full = OutputTarget.Folder(directory, "--export");
        foreach (var table in new[] { "runs", "series", "sweep" })
        {
            if (File.Exists(Path.Combine(full, $"{table}.{format}")))
            {
                throw new InputException("--export", null, null, "", $"'{Path.Combine(directory, $"{table}.{format}")}' already exists", "a new or empty directory (exports are never overwritten)");
            }
        }
    }

    /// <summary>Exports every table of <paramref name="database"/> to <paramref name="directory"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Export(string database, string format, string directory)
    {
        CheckTarget(format, directory);
        using var c = ResultsStore.OpenExisting(database);
        Directory.CreateDirectory(directory);
        StaleTemps.Clean(directory, new Regex($"^\\.(runs|series|sweep)\\.(?<pid>[0-9]+)\\.{format}\\.tmp$"));
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
            File.Move(temp, target, overwrite: false);
            written.Add(target);
        }

        return written;
    }
}
