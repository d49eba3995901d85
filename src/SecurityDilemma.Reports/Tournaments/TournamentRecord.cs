using System.Text.Json;
using SecurityDilemma.Reports.Html;

namespace SecurityDilemma.Reports.Tournaments;

/// <summary>
/// Everything the JSON of <c>dilemma tournament --json</c> holds: the settings, the ranking with each strategy's 95%
/// interval, wins and cooperation rate, the pairwise matrices in rank order, and (when the file carries them) each
/// strategy's score in every repetition.
/// </summary>
/// <param name="Settings">The tournament's settings as (name, value) text pairs, in file order.</param>
/// <param name="Ranking">The standings, best first.</param>
/// <param name="Pairwise">Payoff and win matrices in rank order.</param>
/// <param name="Scores">Per-repetition scores in rank order, or null when the file has none.</param>
/// <param name="Source">The file name.</param>
public sealed record TournamentRecord(
    IReadOnlyList<(string Name, string Value)> Settings,
    IReadOnlyList<RankedStrategy> Ranking,
    PairwiseTable Pairwise,
    IReadOnlyList<StrategyScores>? Scores,
    string Source)
{
    /// <summary>Whether <paramref name="root"/> looks like the JSON of <c>dilemma tournament --json</c>.</summary>
    public static bool Recognizes(JsonElement root)
        => root.ValueKind == JsonValueKind.Object && root.TryGetProperty("pairwise", out _) && root.TryGetProperty("ranking", out _);

    /// <summary>Reads the JSON that <c>dilemma tournament --json</c> prints; anything else is an input error naming the file.</summary>
    public static TournamentRecord Load(string path)
    {
        try
        {
            var root = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
            var settings = root.GetProperty("settings");
            var ranking = root.GetProperty("ranking").EnumerateArray().Select(e => new RankedStrategy(
                e.GetProperty("rank").GetInt32(),
                e.GetProperty("name").GetString() ?? "",
                Number(e.GetProperty("mean_score")),
                Number(e.GetProperty("ci_lower")),
                Number(e.GetProperty("ci_upper")),
                e.GetProperty("wins").GetInt32(),
                Number(e.GetProperty("cooperation_rate")))).ToArray();
            var pairwise = root.GetProperty("pairwise");
            var names = pairwise.GetProperty("strategies").EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
            var payoffs = pairwise.GetProperty("mean_score_per_turn").EnumerateArray().Select(row => row.EnumerateArray().Select(Number).ToArray()).ToArray();
            var wins = pairwise.GetProperty("wins").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetInt32()).ToArray()).ToArray();
            if (payoffs.Length != names.Length || wins.Length != names.Length || payoffs.Any(r => r.Length != names.Length) || wins.Any(r => r.Length != names.Length))
            {
                throw new FormatException("the pairwise matrices must have one row and one column per strategy");
            }

            var subtitle = PairwiseTable.Describe(settings.GetProperty("repetitions").GetInt32(), settings.GetProperty("seed").GetRawText());
            var table = PairwiseTable.Ranked(names, payoffs, wins, [.. ranking.Select(r => r.Name)], subtitle);
            var scored = root.GetProperty("ranking").EnumerateArray().All(e => e.TryGetProperty("scores", out var s) && s.ValueKind == JsonValueKind.Array);
            IReadOnlyList<StrategyScores>? scores = scored
                ? [.. root.GetProperty("ranking").EnumerateArray().Select(e => new StrategyScores(e.GetProperty("name").GetString() ?? "", [.. e.GetProperty("scores").EnumerateArray().Select(Number)]))]
                : null;
            var pairs = settings.EnumerateObject().Select(p => (p.Name, JsonCell.Text(p.Value))).ToArray();
            return new TournamentRecord(pairs, ranking, table, scores, Path.GetFileName(path));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException)
        {
            throw new InputException(path, null, null, "", $"is not the JSON of 'dilemma tournament --json' ({e.Message.Split('\n')[0]})", "the output of 'dilemma tournament --json' saved to a file");
        }
    }

    /// <summary>A JSON number, or NaN for null (JSON has no NaN: an undefined score is written as null).</summary>
    private static double Number(JsonElement v) => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : v.ValueKind == JsonValueKind.Null ? double.NaN : throw new FormatException($"expected a number, found {v.ValueKind}");
}
