using System.Text.Json;
using SecurityDilemma.Models.Iterated;

namespace SecurityDilemma.Reports.Tournaments;

/// <summary>
/// A tournament's pairwise results in rank order: [i][j] = strategy i's mean payoff per turn against j, and how many
/// repetitions i won against j.
/// </summary>
public sealed record PairwiseTable(IReadOnlyList<string> Names, double[][] Payoffs, int[][] Wins, string Subtitle)
{
    /// <summary>From a tournament's result.</summary>
    public static PairwiseTable FromResult(TournamentResult result)
        => Ranked(result.Names, result.PairwiseScores, result.WinMatrix, [.. result.Standings.Select(s => s.Name)], Describe(result.Settings.Repetitions, result.Settings.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>From the JSON that <c>dilemma tournament --json</c> prints.</summary>
    public static PairwiseTable FromJson(string path)
    {
        try
        {
            var root = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
            var pairwise = root.GetProperty("pairwise");
            var names = pairwise.GetProperty("strategies").EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
            var payoffs = pairwise.GetProperty("mean_score_per_turn").EnumerateArray()
                .Select(row => row.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN).ToArray()).ToArray();
            var wins = pairwise.GetProperty("wins").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetInt32()).ToArray()).ToArray();
            var ranking = root.GetProperty("ranking").EnumerateArray().Select(e => e.GetProperty("name").GetString() ?? "").ToArray();
            var settings = root.GetProperty("settings");
            return Ranked(names, payoffs, wins, ranking, Describe(settings.GetProperty("repetitions").GetInt32(), settings.GetProperty("seed").GetRawText()));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputException(path, null, null, "", $"is not the JSON of 'dilemma tournament --json' ({e.Message.Split('\n')[0]})", "the output of 'dilemma tournament --json' saved to a file");
        }
    }

    private static string Describe(int repetitions, string seed) => $"{repetitions} repetitions, seed {seed}";

    private static PairwiseTable Ranked(IReadOnlyList<string> names, double[][] payoffs, int[][] wins, IReadOnlyList<string> ranking, string subtitle)
    {
        var order = ranking.Select(n => names.ToList().IndexOf(n)).Where(i => i >= 0).ToArray();
        return new PairwiseTable(
            [.. order.Select(i => names[i])],
            [.. order.Select(i => order.Select(j => payoffs[i][j]).ToArray())],
            [.. order.Select(i => order.Select(j => wins[i][j]).ToArray())],
            subtitle);
    }
}
