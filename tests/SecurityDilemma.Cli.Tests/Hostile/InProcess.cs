namespace SecurityDilemma.Cli.Tests.Hostile;

/// <summary>The hostile-input tests' way to run <c>dilemma</c>: the shared in-process runner (<c>Cli.Run</c>).</summary>
public static class InProcess
{
    /// <summary>Runs <c>dilemma ARGS</c>; paths in <paramref name="args"/> should be absolute.</summary>
    public static CliResult Run(params string[] args) => Cli.Run(args);
}
