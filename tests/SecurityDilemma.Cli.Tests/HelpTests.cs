namespace SecurityDilemma.Cli.Tests;

public class HelpTests
{
    [Fact]
    public void UnknownCommand_ExitsTwo_WithUsageHint()
    {
        var r = Cli.Run("no-such-command");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("dilemma --help", r.Stderr);
    }

    [Fact]
    public void Help_ListsTheRunCommand()
    {
        var r = Cli.Run("--help");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("run", r.Stdout);
    }
}
