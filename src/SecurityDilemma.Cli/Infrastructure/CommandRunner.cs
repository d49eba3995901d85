using DuckDB.NET.Data;

namespace SecurityDilemma.Cli.Infrastructure;

/// <summary>
/// Runs a command body and turns every expected failure into one line on stderr: user mistakes exit 2,
/// failures of the environment (disk, permissions, a database in use) exit 3. Never a stack trace.
/// </summary>
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {Echo.Safe(OneLine(e.Message))}");
            return ExitCodes.Environment;
        }
        catch (DuckDBException e) when (DatabaseInUse(e))
        {
            stderr.WriteLine($"error: {Echo.Safe(InUseMessage(e))}");
            return ExitCodes.Environment;
        }
        catch (ArithmeticException e)
        {
            stderr.WriteLine($"error: the numbers cannot be computed ({Echo.Safe(OneLine(e.Message))}); expected inputs of moderate size");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>True when DuckDB refused a file because another process holds its lock.</summary>
    public static bool DatabaseInUse(DuckDBException e) => e.Message.Contains("Could not set lock", StringComparison.Ordinal) || e.Message.Contains("Conflicting lock", StringComparison.Ordinal);

    /// <summary>"FILE is in use by another process (PID N)" from DuckDB's lock message.</summary>
    public static string InUseMessage(DuckDBException e)
    {
        var m = System.Text.RegularExpressions.Regex.Match(e.Message, "on file \"(?<file>[^\"]*)\"");
        var pid = System.Text.RegularExpressions.Regex.Match(e.Message, "PID (?<pid>[0-9]+)");
        var file = m.Success ? m.Groups["file"].Value : "the results database";
        return $"{file}: in use by another process{(pid.Success ? $" (PID {pid.Groups["pid"].Value})" : "")}; expected one writer at a time (wait for it to finish, or use another --out)";
    }

    private static string OneLine(string message) => message.Split('\n')[0].Trim();
}
