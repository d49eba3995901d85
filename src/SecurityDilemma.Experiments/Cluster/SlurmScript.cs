using System.Text;
using SecurityDilemma.IO;

namespace SecurityDilemma.Experiments.Cluster;

/// <summary>
/// Writes the Slurm scripts of a sharded sweep (docs/cluster.md): a job array with one task per shard
/// (task K runs <c>dilemma sweep FILE --shard K/N --resume</c>, so a requeued task continues), a merge job, and a
/// submit script that chains them with <c>--dependency=afterok</c> so the merge runs only when every shard succeeded.
/// </summary>
public static class SlurmScript
{
    /// <summary>Writes the scripts into <see cref="SlurmOptions.Directory"/> (atomically, executable) and returns their paths.</summary>
    public static SlurmJob Write(SlurmOptions o)
    {
        if (o.Shards < 1)
        {
            throw new InputException("--slurm", null, null, "", $"{o.Shards} shards", "a positive number of array tasks");
        }

        var dir = Path.GetFullPath(o.Directory);
        var logs = Path.Combine(dir, "logs");
        Directory.CreateDirectory(logs);
        var tool = string.Join(' ', o.Tool.Select(Quote));
        var shardDbs = Enumerable.Range(0, o.Shards).Select(k => Path.Combine(dir, $"shard-{k}.duckdb")).ToList();

        var shards = new StringBuilder()
            .AppendLine("#!/bin/bash")
            .AppendLine($"#SBATCH --job-name={o.JobName}-shards")
            .AppendLine($"#SBATCH --array=0-{o.Shards - 1}")
            .AppendLine($"#SBATCH --cpus-per-task={o.CpusPerTask}")
            .AppendLine("#SBATCH --ntasks=1")
            .AppendLine($"#SBATCH --output={logs}/shard-%a.log")
            .AppendLine("# One task per shard: task K runs the runs with run_id % N == K. --resume lets a requeued task continue.")
            .AppendLine("set -euo pipefail")
            .AppendLine("K=\"${SLURM_ARRAY_TASK_ID:?run this script with sbatch}\"")
            .AppendLine($"exec {tool} sweep {Quote(o.SweepFile)} --shard \"$K/{o.Shards}\" --out {Quote(dir)}\"/shard-$K.duckdb\" --threads \"${{SLURM_CPUS_PER_TASK:-{o.CpusPerTask}}}\" --resume")
            .ToString();

        var merge = new StringBuilder()
            .AppendLine("#!/bin/bash")
            .AppendLine($"#SBATCH --job-name={o.JobName}-merge")
            .AppendLine("#SBATCH --ntasks=1")
            .AppendLine($"#SBATCH --output={logs}/merge.log")
            .AppendLine("# Runs after every shard task succeeded (submit.sh: --dependency=afterok); refuses mismatched or overlapping shards.")
            .AppendLine("set -euo pipefail")
            .AppendLine($"exec {tool} merge {string.Join(' ', shardDbs.Select(Quote))} --out {Quote(o.MergedDatabase)}")
            .ToString();

        var shardsPath = Path.Combine(dir, "shards.sbatch");
        var mergePath = Path.Combine(dir, "merge.sbatch");
        var submit = new StringBuilder()
            .AppendLine("#!/bin/bash")
            .AppendLine("# Submits the shard array, then the merge as a job that starts only after all array tasks succeed.")
            .AppendLine("set -euo pipefail")
            .AppendLine($"array=$(sbatch --parsable {Quote(shardsPath)})")
            .AppendLine("array=\"${array%%;*}\"")
            .AppendLine($"merge=$(sbatch --parsable --dependency=afterok:\"$array\" {Quote(mergePath)})")
            .AppendLine("merge=\"${merge%%;*}\"")
            .AppendLine("echo \"submitted shards as job $array and the merge as job $merge\"")
            .AppendLine("echo \"$array $merge\" > " + Quote(Path.Combine(dir, "jobs")))
            .ToString();
        var submitPath = Path.Combine(dir, "submit.sh");

        foreach (var (path, text) in new[] { (shardsPath, shards), (mergePath, merge), (submitPath, submit) })
        {
            AtomicFile.WriteAllText(path, text);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }
        }

        return new SlurmJob(dir, shardsPath, mergePath, submitPath, shardDbs, o.MergedDatabase);
    }

    /// <summary>Single-quotes a word for bash.</summary>
    public static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
