using System.Diagnostics;

namespace SecurityDilemma.Cli.Tests;

/// <summary>
/// Runs <c>dilemma</c> for the tests: in this process through <see cref="DilemmaApp.Run"/> (the entry point Program.cs
/// calls), or as a separate process exactly as a user would (<see cref="RunProcess(string[], string?, TimeSpan?)"/>).
/// </summary>
/// <remarks>
/// In-process calls see what a process sees: NO_COLOR set, standard output and error redirected (the test host's are),
/// the repository root as working directory, and their own stdout and stderr, captured per call by
/// <see cref="RoutedWriter"/> so that calls from tests running in parallel do not mix. The working directory is global
/// to the process: a call in another directory holds <see cref="Gate"/> exclusively while it runs, every other call
/// shares it. An exception that escapes the command becomes what the runtime would make of it in a process: the
/// exception on stderr and exit code 134.
/// </remarks>
public static class Cli
{
    /// <summary>The exit code of a .NET process killed by an unhandled exception on Linux (SIGABRT).</summary>
    public const int UnhandledExceptionExitCode = 134;

    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "dilemma.dll");
    private static readonly AsyncLocal<TextWriter?> Stdout = new();
    private static readonly AsyncLocal<TextWriter?> Stderr = new();
    private static readonly ReaderWriterLockSlim Gate = new();
    private static readonly Lazy<bool> Installed = new(Install);

    /// <summary>The repository root (holds SecurityDilemma.slnx), for shipped scenarios and sweeps.</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>Runs <c>dilemma ARGS</c> in this process in <paramref name="workingDirectory"/> (default: the repository root).</summary>
    /// <remarks><paramref name="timeout"/> applies to <see cref="RunProcess(string[], string?, TimeSpan?)"/> only; an in-process call runs to its end.</remarks>
    public static CliResult Run(string[] args, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        _ = timeout;
        return Capture(() => DilemmaApp.Run(args), workingDirectory);
    }

    /// <summary>Runs <paramref name="body"/> as an in-process call does: its own stdout and stderr, in <paramref name="workingDirectory"/>.</summary>
    public static CliResult Capture(Func<int> body, string? workingDirectory = null)
    {
        _ = Installed.Value;
        var directory = Path.GetFullPath(workingDirectory ?? RepoRoot);
        var exclusive = directory != RepoRoot;
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        if (exclusive)
        {
            Gate.EnterWriteLock();
            Directory.SetCurrentDirectory(directory);
        }
        else
        {
            Gate.EnterReadLock();
        }

        Stdout.Value = stdout;
        Stderr.Value = stderr;
        int code;
        try
        {
            code = body();
        }
#pragma warning disable CA1031 // any exception: a process would die of it, and the test must see that as a failed exit
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"Unhandled exception. {e}");
            code = UnhandledExceptionExitCode;
        }
        finally
        {
            Stdout.Value = null;
            Stderr.Value = null;
            if (exclusive)
            {
                Directory.SetCurrentDirectory(RepoRoot);
                Gate.ExitWriteLock();
            }
            else
            {
                Gate.ExitReadLock();
            }
        }

        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Shorthand for <see cref="Run(string[], string?, TimeSpan?)"/>.</summary>
    public static CliResult Run(params string[] args) => Run(args, null, null);

    /// <summary>Runs the built tool as a separate process (<c>dotnet dilemma.dll ARGS</c>), for the end-to-end tests.</summary>
    public static CliResult RunProcess(string[] args, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoRoot,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["NO_COLOR"] = "1";
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"dilemma {string.Join(' ', args)} did not finish");
        }

        return new CliResult(p.ExitCode, stdout.Result, stderr.Result);
    }

    private static bool Install()
    {
        Environment.SetEnvironmentVariable("NO_COLOR", "1");
        Directory.SetCurrentDirectory(RepoRoot);
        Console.SetOut(new RoutedWriter(Console.Out, Stdout));
        Console.SetError(new RoutedWriter(Console.Error, Stderr));
        return true;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecurityDilemma.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
