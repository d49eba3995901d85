namespace SecurityDilemma.Models.Iterated;

/// <summary>The results of a round-robin tournament (Axelrod-Python's ResultSet).</summary>
/// <remarks>
/// A strategy's score in one repetition is its mean payoff per turn averaged over its opponents (its twin
/// included when self-play is on, as in Axelrod 1980; in self-play it is the mean of the two copies);
/// <see cref="Standing.MeanScore"/> averages that over repetitions, and the ranking orders by it (ties by name).
/// </remarks>
/// <param name="Names">The strategies, in the order they were entered.</param>
/// <param name="Standings">The ranking, best first.</param>
/// <param name="PairwiseScores">
/// [i][j] = strategy i's mean payoff per turn against strategy j over the repetitions; the diagonal is
/// self-play (NaN when self-play is off).
/// </param>
/// <param name="WinMatrix">[i][j] = how many of the repetitions i won against j (scored strictly more).</param>
/// <param name="Matches">Every match played, in a fixed order (pairs by entry order, then repetition).</param>
/// <param name="Settings">The settings the tournament ran with.</param>
public sealed record TournamentResult(
    IReadOnlyList<string> Names,
    IReadOnlyList<Standing> Standings,
    double[][] PairwiseScores,
    int[][] WinMatrix,
    IReadOnlyList<MatchRecord> Matches,
    TournamentSettings Settings)
{
    /// <summary>The standing of <paramref name="name"/>.</summary>
    public Standing this[string name] => Standings.First(s => s.Name == name);
}
