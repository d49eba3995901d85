using CliTool = SecurityDilemma.Cli.Tests.Cli;

namespace SecurityDilemma.Analysis.Tests.Commands;

/// <summary>One run directory (spiral, 30 years, Hobbesian lens) shared by the command-line tests that only read it.</summary>
public sealed class SpiralRunFixture : IDisposable
{
    public SpiralRunFixture()
    {
        Directory = Path.Combine(System.IO.Directory.CreateTempSubdirectory("diag-run-").FullName, "spiral");
        var r = CliTool.Run("run", "scenarios/spiral.yaml", "--years", "30", "--lens", "hobbesian", "--out", Directory);
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Path.GetDirectoryName(Directory)!, recursive: true);
}
