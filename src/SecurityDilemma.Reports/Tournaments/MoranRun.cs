using System.Text.Json;
using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Reports.Html;

namespace SecurityDilemma.Reports.Tournaments;

/// <summary>One Moran process: the strategies, the population after each birth-death step, and who fixed (if any).</summary>
public sealed record MoranRun(IReadOnlyList<string> Names, IReadOnlyList<int[]> History, string? Winner, string Source)
{
    /// <summary>How the process was run (seed, match length, noise, step limit, payoffs) as text pairs; empty when unknown.</summary>
    public IReadOnlyList<(string Name, string Value)> Settings { get; init; } = [];

    /// <summary>Birth-death steps taken.</summary>
    public int Steps => History.Count - 1;

    /// <summary>From a result in memory.</summary>
    public static MoranRun FromResult(MoranResult result, string source) => new(result.Names, result.History, result.Winner, source);

    /// <summary>Whether <paramref name="root"/> looks like the JSON of <c>dilemma tournament moran --json</c>.</summary>
    public static bool Recognizes(JsonElement root)
        => root.ValueKind == JsonValueKind.Object && root.TryGetProperty("history", out _) && root.TryGetProperty("strategies", out _);

    /// <summary>From the JSON that <c>dilemma tournament moran --json</c> prints.</summary>
    public static MoranRun FromJson(string path)
    {
        try
        {
            var root = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
            var names = root.GetProperty("strategies").EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
            var history = root.GetProperty("history").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetInt32()).ToArray()).ToArray();
            var winner = root.TryGetProperty("winner", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;
            if (history.Length == 0 || history.Any(h => h.Length != names.Length))
            {
                throw new FormatException("history rows must have one count per strategy");
            }

            var settings = root.TryGetProperty("settings", out var s) && s.ValueKind == JsonValueKind.Object
                ? s.EnumerateObject().Select(p => (p.Name, JsonCell.Text(p.Value))).ToArray()
                : [];
            return new MoranRun(names, history, winner, Path.GetFileName(path)) { Settings = settings };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException)
        {
            throw new InputException(path, null, null, "", $"is not the JSON of 'dilemma tournament moran --json' ({e.Message.Split('\n')[0]})", "the output of 'dilemma tournament moran --json' saved to a file");
        }
    }
}
