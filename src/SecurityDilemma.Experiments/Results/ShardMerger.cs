using SecurityDilemma.Experiments.Execution;

namespace SecurityDilemma.Experiments.Results;

/// <summary>
/// Combines shard databases of one sweep into one database. Refuses inputs from different sweeps (sweep or scenario
/// SHA-256), unfinished shards, the same shard twice, and overlapping run ids; writes a temporary file and renames it.
/// </summary>
public static class ShardMerger
{
    /// <summary>Merges <paramref name="inputs"/> into the new file <paramref name="output"/>; returns the sweep rows merged and the run count.</summary>
    public static (IReadOnlyList<SweepInfo> Shards, long Runs) Merge(IReadOnlyList<string> inputs, string output)
    {
        if (inputs.Count == 0)
        {
            throw new InputException("merge", null, null, "", "no input databases", "one or more shard .duckdb files");
        }

        var full = Path.GetFullPath(output);
        if (File.Exists(full))
        {
            throw new InputException(output, null, null, "--out", "already exists", "a new file name (merge never overwrites results)");
        }

        var infos = new List<(string Path, SweepInfo Info)>();
        IReadOnlyList<(string Name, string Type)>? schema = null;
        bool? series = null;
        foreach (var input in inputs)
        {
            using var c = ResultsStore.OpenExisting(input);
            var columns = Summarizer.Columns(c, "runs");
            var hasSeries = ResultsStore.Scalar<long>(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'series' AND table_schema = 'main'") > 0;
            foreach (var info in ResultsStore.Verify(c, input))
            {
                if (info.FinishedAt is null)
                {
                    throw new InputException(input, null, null, "", $"shard {info.ShardIndex}/{info.ShardCount} is unfinished", "finished shards (continue it with 'dilemma sweep ... --resume')");
                }

                infos.Add((input, info));
            }

            schema ??= columns;
            series ??= hasSeries;
            if (!columns.SequenceEqual(schema) || series != hasSeries)
            {
                throw new InputException(input, null, null, "", "its tables differ from the first input's", "shards of the same sweep");
            }
        }

        var first = infos[0];
        foreach (var (path, info) in infos)
        {
            if (info.SweepSha256 != first.Info.SweepSha256 || info.ScenarioSha256 != first.Info.ScenarioSha256)
            {
                throw new InputException(path, null, null, "", $"mismatched sweep: it holds '{info.Name}' (sweep SHA-256 {info.SweepSha256[..12]}, scenarios {info.ScenarioSha256[..12]}), {first.Path} holds '{first.Info.Name}' ({first.Info.SweepSha256[..12]}, {first.Info.ScenarioSha256[..12]})", "shards of one sweep file and scenario");
            }

            if (info.ShardCount != first.Info.ShardCount)
            {
                throw new InputException(path, null, null, "", $"it was split into {info.ShardCount} shards, {first.Path} into {first.Info.ShardCount}", "shards of the same --shard K/N split");
            }
        }

        var duplicate = infos.GroupBy(i => i.Info.ShardIndex).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InputException(duplicate.Last().Path, null, null, "", $"shard {duplicate.Key}/{first.Info.ShardCount} is also in {duplicate.First().Path}", "each shard once");
        }

        var dir = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.merging");
        ResultsStore.DeleteWithWal(temp);
        long runs;
        try
        {
            using (var c = ResultsStore.Open(temp, readOnly: false))
            {
                for (var i = 0; i < inputs.Count; i++)
                {
                    ResultsStore.Execute(c, $"ATTACH '{Path.GetFullPath(inputs[i]).Replace("'", "''", StringComparison.Ordinal)}' AS s{i} (READ_ONLY)");
                }

                string Union(string table) => string.Join(" UNION ALL ", inputs.Select((_, i) => $"SELECT * FROM s{i}.{table}"));
                var overlap = Overlap(c, inputs);
                if (overlap is { } o)
                {
                    throw new InputException(inputs[o.Second], null, null, "", $"run {o.RunId} is also in {inputs[o.First]} (overlapping shards)", "shards with disjoint runs");
                }

                foreach (var table in series == true ? new[] { "runs", "sweep", "series" } : ["runs", "sweep"])
                {
                    using (var cmd = c.CreateCommand())
                    {
                        cmd.CommandText = $"SELECT sql FROM duckdb_tables() WHERE database_name = 's0' AND table_name = '{table}'";
                        var create = (string)cmd.ExecuteScalar()!;
                        ResultsStore.Execute(c, create);
                    }

                    var order = table switch { "runs" => "run_id", "series" => "run_id, year", _ => "shard_index" };
                    ResultsStore.Execute(c, $"INSERT INTO {table} SELECT * FROM ({Union(table)}) ORDER BY {order}");
                }

                for (var i = 0; i < inputs.Count; i++)
                {
                    ResultsStore.Execute(c, $"DETACH s{i}");
                }

                runs = ResultsStore.Scalar<long>(c, "SELECT count(*) FROM runs");
                ResultsStore.Execute(c, "CHECKPOINT");
            }

            File.Move(temp, full, overwrite: false);
        }
        finally
        {
            ResultsStore.DeleteWithWal(temp);
        }

        return (infos.Select(i => i.Info).ToList(), runs);
    }

    private static (long RunId, int First, int Second)? Overlap(DuckDB.NET.Data.DuckDBConnection c, IReadOnlyList<string> inputs)
    {
        var union = string.Join(" UNION ALL ", inputs.Select((_, i) => $"SELECT run_id, {i} AS input FROM s{i}.runs"));
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT run_id, min(input), max(input) FROM ({union}) GROUP BY run_id HAVING count(*) > 1 ORDER BY run_id LIMIT 1";
        using var r = cmd.ExecuteReader();
        return r.Read() ? (r.GetInt64(0), r.GetInt32(1), r.GetInt32(2)) : null;
    }

    /// <summary>Whether a database holds every run of its sweep (all shards merged).</summary>
    public static bool IsComplete(IReadOnlyList<SweepInfo> shards, long runs)
        => shards.Count > 0 && runs == shards[0].TotalRuns && shards.Select(s => s.ShardIndex).Distinct().Count() == shards[0].ShardCount;
}
