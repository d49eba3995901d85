namespace SecurityDilemma.Cli.Tests.Hostile;

/// <summary>
/// Runs <c>dilemma</c> inside the test process through <see cref="DilemmaApp.Run"/> with stdout and stderr captured
/// (no process start, no JIT warm-up per case). Console is global, so calls are serialized.
/// </summary>
public static class InProcess
{
    private static readonly Lock Gate = new();

    /// <summary>Runs <c>dilemma ARGS</c>; paths in <paramref name="args"/> should be absolute (the working directory is shared).</summary>
    public static CliResult Run(params string[] args)
    {
        lock (Gate)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var code = DilemmaApp.Run(args);
                return new CliResult(code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }
    }
}
