using System.Diagnostics;

namespace SecurityDilemma.Reports.Tests.Support;

/// <summary>The result of one <c>dilemma</c> invocation.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs the built <c>dilemma</c> as a separate process, stdout and stderr redirected (so progress is line-based).</summary>
public static class Dilemma
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "dilemma.dll");

    /// <summary>The repository root (holds SecurityDilemma.slnx).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>Runs <c>dilemma ARGS</c> in the repository root.</summary>
    public static CliResult Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoRoot,
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
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"dilemma {string.Join(' ', args)} did not finish");
        }

        return new CliResult(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs and asserts success.</summary>
    public static CliResult Ok(params string[] args)
    {
        var r = Run(args);
        Assert.True(r.ExitCode == 0, r.ToString());
        return r;
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
