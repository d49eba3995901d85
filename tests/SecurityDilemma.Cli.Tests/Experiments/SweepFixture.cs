using System.Diagnostics;
using System.Globalization;
using SecurityDilemma.Experiments.Results;

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

    /// <summary>Every row of a table as text, ordered.</summary>
    public static List<string> Rows(string db, string table, string order)
    {
        using var c = ResultsStore.Open(db, readOnly: true);
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT * FROM {table} ORDER BY {order}";
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            var cells = new string[r.FieldCount];
            for (var i = 0; i < r.FieldCount; i++)
            {
                cells[i] = r.IsDBNull(i) ? "NULL" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(string.Join('|', cells));
        }

        return rows;
    }

    public static long Scalar(string db, string sql)
    {
        using var c = ResultsStore.Open(db, readOnly: true);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

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
