namespace SecurityDilemma.Cli.Tests.Experiments;

/// <summary><c>dilemma sweep FILE --slurm N</c> writes runnable scripts that call this very tool by absolute path.</summary>
public class SlurmCommandTests
{
    [Fact]
    public void Slurm_WritesArrayAndMergeScripts_WithAbsoluteToolPath()
    {
        var dir = SweepFixture.TempDir();
        var file = SweepFixture.WriteSweep(dir, """
            base: SCENARIOS/spiral.yaml
            replications: 3
            parameters:
              technology.distinguishability: [0.1, 0.9]
            """);
        var merged = Path.Combine(dir, "all.duckdb");
        var r = Cli.Run("sweep", file, "--slurm", "4", "--out", merged);
        Assert.True(r.ExitCode == 0, r.ToString());
        var slurmDir = Path.Combine(dir, "all.slurm");
        var shards = File.ReadAllText(Path.Combine(slurmDir, "shards.sbatch"));
        Assert.Contains("#SBATCH --array=0-3", shards);
        Assert.Contains($"'{Path.Combine(AppContext.BaseDirectory, "dilemma.dll")}' sweep '{file}' --shard \"$K/4\"", shards);
        Assert.Contains($"--out '{merged}'", File.ReadAllText(Path.Combine(slurmDir, "merge.sbatch")));
        Assert.Contains("afterok", File.ReadAllText(Path.Combine(slurmDir, "submit.sh")));
        Assert.False(File.Exists(merged));
    }

    [Fact]
    public void Slurm_WithABadSweep_WritesNoScripts()
    {
        var dir = SweepFixture.TempDir();
        var file = SweepFixture.WriteSweep(dir, "base: nowhere.yaml\nparameters:\n  technology.distinguishability: [0.1]\n");
        var r = Cli.Run("sweep", file, "--slurm", "4", "--out", Path.Combine(dir, "all.duckdb"));
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.False(Directory.Exists(Path.Combine(dir, "all.slurm")));
    }
}
