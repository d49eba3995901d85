using System.Text.Json;

namespace SecurityDilemma.Cli.Tests.Models;

/// <summary>Helpers for the formal-model command tests.</summary>
internal static class ModelCli
{
    /// <summary>Runs <c>dilemma ARGS</c>, asserts exit 0 and parses stdout as JSON.</summary>
    public static JsonElement Json(params string[] args)
    {
        var r = Cli.Run(args);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("", r.Stderr);
        return JsonDocument.Parse(r.Stdout).RootElement;
    }

    /// <summary>Runs <c>dilemma ARGS</c> and asserts the bad-input contract: exit 2, one "error: ..." line, no stdout.</summary>
    public static string BadInput(params string[] args)
    {
        var r = Cli.Run(args);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal("", r.Stdout);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 1 && lines[0].StartsWith("error: ", StringComparison.Ordinal), r.ToString());
        Assert.DoesNotContain("   at ", r.Stderr);
        return r.Stderr;
    }

    public static double Number(this JsonElement e, string path)
    {
        foreach (var part in path.Split('.'))
        {
            e = int.TryParse(part, out var i) ? e[i] : e.GetProperty(part);
        }

        return e.GetDouble();
    }

    public static string Text(this JsonElement e, string path)
    {
        foreach (var part in path.Split('.'))
        {
            e = int.TryParse(part, out var i) ? e[i] : e.GetProperty(part);
        }

        return e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();
    }
}
