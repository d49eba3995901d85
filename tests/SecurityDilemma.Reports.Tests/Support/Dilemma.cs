using SecurityDilemma.Cli.Tests;

namespace SecurityDilemma.Reports.Tests.Support;

/// <summary>
/// Runs <c>dilemma</c> in this process through its entry point (<see cref="SecurityDilemma.Cli.Tests.Cli"/>): its own stdout and stderr, both
/// redirected as the test host's are (so progress is line-based), NO_COLOR set, in the repository root. Process start-up
/// and the JIT of the whole tool are paid once per test run, not once per call.
/// </summary>
public static class Dilemma
{
    /// <summary>The repository root (holds SecurityDilemma.slnx).</summary>
    public static string RepoRoot => SecurityDilemma.Cli.Tests.Cli.RepoRoot;

    /// <summary>Runs <c>dilemma ARGS</c> in the repository root.</summary>
    public static CliResult Run(params string[] args) => SecurityDilemma.Cli.Tests.Cli.Run(args);

    /// <summary>Runs and asserts success.</summary>
    public static CliResult Ok(params string[] args)
    {
        var r = Run(args);
        Assert.True(r.ExitCode == 0, r.ToString());
        return r;
    }
}
