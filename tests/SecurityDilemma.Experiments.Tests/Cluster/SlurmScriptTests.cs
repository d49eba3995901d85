using System.Diagnostics;
using SecurityDilemma.Experiments.Cluster;
using SecurityDilemma.Experiments.Tests.Support;

namespace SecurityDilemma.Experiments.Tests.Cluster;

public class SlurmScriptTests
{
    [Fact]
    public void Scripts_RunOneShardPerArrayTask_ThenMergeAfterOk()
    {
        var dir = Path.GetDirectoryName(TestPlans.TempDb())!;
        var job = SlurmScript.Write(new SlurmOptions
        {
            SweepFile = "/data/my sweeps/four-worlds.yaml",
            Shards = 4,
            MergedDatabase = Path.Combine(dir, "all.duckdb"),
            Directory = Path.Combine(dir, "all.slurm"),
            Tool = ["/usr/bin/dotnet", "/opt/dilemma/dilemma.dll"],
            CpusPerTask = 2,
        });
        var shards = File.ReadAllText(job.ShardsScript);
        Assert.Contains("#SBATCH --array=0-3", shards);
        Assert.Contains("#SBATCH --cpus-per-task=2", shards);
        Assert.Contains("'/usr/bin/dotnet' '/opt/dilemma/dilemma.dll' sweep '/data/my sweeps/four-worlds.yaml' --shard \"$K/4\"", shards);
        Assert.Contains("--resume", shards);
        var merge = File.ReadAllText(job.MergeScript);
        Assert.Contains("merge " + string.Join(' ', Enumerable.Range(0, 4).Select(k => $"'{job.Directory}/shard-{k}.duckdb'")), merge);
        Assert.Contains("--dependency=afterok:\"$array\"", File.ReadAllText(job.SubmitScript));

        foreach (var script in new[] { job.ShardsScript, job.MergeScript, job.SubmitScript })
        {
            using var bash = Process.Start(new ProcessStartInfo("bash", ["-n", script]) { RedirectStandardError = true })!;
            var err = bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            Assert.True(bash.ExitCode == 0, $"{script}: {err}");
        }
    }
}
