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
    public static PairwiseTable FromJson(string path) => TournamentRecord.Load(path).Pairwise;

    /// <summary>The subtitle of the figures: repetitions and seed.</summary>
    internal static string Describe(int repetitions, string seed) => $"{repetitions} repetitions, seed {seed}";

    /// <summary>The table with rows and columns put in the order of <paramref name="ranking"/>.</summary>
    internal static PairwiseTable Ranked(IReadOnlyList<string> names, double[][] payoffs, int[][] wins, IReadOnlyList<string> ranking, string subtitle)
    {
        var order = ranking.Select(n => names.ToList().IndexOf(n)).Where(i => i >= 0).ToArray();
        return new PairwiseTable(
            [.. order.Select(i => names[i])],
            [.. order.Select(i => order.Select(j => payoffs[i][j]).ToArray())],
            [.. order.Select(i => order.Select(j => wins[i][j]).ToArray())],
            subtitle);
    }
}
