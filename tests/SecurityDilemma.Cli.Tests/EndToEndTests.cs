namespace SecurityDilemma.Cli.Tests;

/// <summary>
/// The tool as a user starts it: a separate <c>dotnet dilemma.dll</c> process. Most CLI tests call the entry point in
/// the test process (<see cref="Cli.Run(string[], string?, TimeSpan?)"/>); these check that a real process gives the
/// same bytes and exit codes, so the in-process tests stand for it.
/// </summary>
public class EndToEndTests
{
    [Theory]
    [InlineData("run", "scenarios/spiral.yaml")]
    [InlineData("run", "scenarios/spiral.yaml", "--json", "--years", "30")]
    [InlineData("run", "scenarios/jervis-doubly-dangerous.yaml", "-r", "20", "--years", "30", "--quiet")] // progress lines are timed, so quiet
    [InlineData("validate", "scenarios/no-such.yaml")]
    [InlineData("run", "scenarios/spiral.yaml", "--years", "soon")]
    [InlineData("tournament", "--strategies", "tft,alld", "--turns", "50", "--repetitions", "2", "--quiet")] // progress lines are timed, so quiet
    public void AProcess_PrintsTheSameAndExitsTheSame_AsTheInProcessCall(params string[] args)
    {
        var process = Cli.RunProcess(args);
        var inProcess = Cli.Run(args);
        Assert.Equal(inProcess.ExitCode, process.ExitCode);
        Assert.Equal(inProcess.Stdout, process.Stdout);
        Assert.Equal(inProcess.Stderr, process.Stderr);
    }

    [Fact]
    public void TheReadmesFirstCommand_RunsTheSpiral()
    {
        var r = Cli.RunProcess(["run", "scenarios/spiral.yaml"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("spiral: 2 states, 100 years, seed 1\n", r.Stdout, StringComparison.Ordinal);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void BadInput_InAProcess_ExitsTwo_WithOneLineAndNoStackTrace()
    {
        var r = Cli.RunProcess(["validate", "scenarios/spiral.yaml", "--set", "states.Athens.offence=2"]);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal("", r.Stdout);
        Assert.StartsWith("error: --set: states.Athens.offence: unknown field 'offence'", r.Stderr, StringComparison.Ordinal);
        Assert.Single(r.Stderr.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}
