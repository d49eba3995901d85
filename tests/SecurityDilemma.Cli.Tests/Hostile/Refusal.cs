using Xunit.Sdk;

namespace SecurityDilemma.Cli.Tests.Hostile;

/// <summary>What every refusal must look like: the exit code, one line on stderr that starts "error: ", no stack trace, nothing on stdout.</summary>
public static class Refusal
{
    /// <summary>Asserts a refusal with <paramref name="code"/> whose line contains <paramref name="contains"/>; returns the line.</summary>
    public static string Assert(CliResult r, int code, string contains)
    {
        if (r.ExitCode != code)
        {
            throw new XunitException($"expected exit {code}\n{r}");
        }

        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Xunit.Assert.True(lines.Length == 1, $"expected one line on stderr\n{r}");
        Xunit.Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Xunit.Assert.Contains(contains, lines[0], StringComparison.Ordinal);
        Xunit.Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        Xunit.Assert.DoesNotContain("System.", lines[0], StringComparison.Ordinal);
        Xunit.Assert.Equal("", r.Stdout);
        return lines[0];
    }
}
