using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Experiments.Tests.Support;

namespace SecurityDilemma.Cli.Tests.Experiments;

/// <summary>Temporary sweep files and databases for CLI tests, and row-by-row database comparison.</summary>
internal static class SweepFixture
{
    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "dilemma-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Writes a sweep file into <paramref name="dir"/>; "SCENARIOS" in the text becomes the repository's scenarios folder.</summary>
    public static string WriteSweep(string dir, string yaml, string name = "sweep.yaml")
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, yaml.Replace("SCENARIOS", Path.Combine(Cli.RepoRoot, "scenarios"), StringComparison.Ordinal));
        return path;
    }

    /// <summary>
    /// The points of a sweep database as <c>dilemma summarize --json</c> reports them, and whether the sweep is complete;
    /// <paramref name="log"/> receives the human-readable summary table as well.
    /// </summary>
    public static (bool Complete, List<SummaryPoint> Points) Summarize(string db, Action<string> log)
    {
        var summary = Cli.Run("summarize", db, "--json");
        Assert.True(summary.ExitCode == 0, summary.ToString());
        log(Cli.Run("summarize", db).Stdout);
        using var json = JsonDocument.Parse(summary.Stdout);
        return (json.RootElement.GetProperty("complete").GetBoolean(), [.. json.RootElement.GetProperty("points").EnumerateArray().Select(p => new SummaryPoint(
            p.GetProperty("parameters").EnumerateObject().ToDictionary(x => x.Name, x => x.Value.ToString(), StringComparer.Ordinal),
            p.GetProperty("metrics").EnumerateObject().ToDictionary(
                x => x.Name,
                x => (x.Value.GetProperty("value").GetDouble(), x.Value.GetProperty("lower").GetDouble(), x.Value.GetProperty("upper").GetDouble()),
                StringComparer.Ordinal)))]);
    }

    /// <summary>Every row of a table as text, ordered.</summary>
    public static List<string> Rows(string db, string table, string order) => Db.Rows(db, table, order);

    public static long Scalar(string db, string sql) => Db.Count(db, sql);

    /// <summary>Runs one SQL statement against a database.</summary>
    public static void Execute(string db, string sql) => Db.Execute(db, sql);

    /// <summary>Rows of <paramref name="table"/> in one database and not the other, either way (compared inside DuckDB).</summary>
    public static long Differences(string db, string other, string table) => Db.Differences(db, other, table);

    /// <summary>Starts <c>dilemma ARGS</c> without waiting (for kill tests); output is discarded.</summary>
    public static Process Start(params string[] args) => Start(_ => { }, args);

    /// <summary>Starts <c>dilemma ARGS</c>, passing each line it writes to stderr to <paramref name="onStderr"/>.</summary>
    public static Process Start(Action<string?> onStderr, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Cli.RepoRoot,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dilemma.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["NO_COLOR"] = "1";
        var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, e) => onStderr(e.Data);
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }
}
