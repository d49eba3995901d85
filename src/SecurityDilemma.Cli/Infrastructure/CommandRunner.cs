namespace SecurityDilemma.Cli.Infrastructure;

/// <summary>Runs a command body and turns user mistakes into one clear line on stderr and exit code 2.</summary>
public static class CommandRunner
{
    /// <summary>Invokes <paramref name="body"/>; an <see cref="InputException"/> becomes "error: ..." and <see cref="ExitCodes.BadInput"/>.</summary>
    public static int Guard(TextWriter stderr, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("interrupted");
            return ExitCodes.Interrupted;
        }
    }
}
