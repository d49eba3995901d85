namespace SecurityDilemma.Models.Iterated;

/// <summary>A played match with both histories.</summary>
/// <param name="NameA">The first player's name.</param>
/// <param name="NameB">The second player's name.</param>
/// <param name="MovesA">The first player's moves as played (after noise).</param>
/// <param name="MovesB">The second player's moves as played (after noise).</param>
/// <param name="Outcome">Totals.</param>
/// <param name="Seed">The seed the match was played with.</param>
public sealed record MatchResult(string NameA, string NameB, IReadOnlyList<Move> MovesA, IReadOnlyList<Move> MovesB, MatchOutcome Outcome, ulong Seed)
{
    /// <summary>The rounds as (A, B) pairs, e.g. for expected-play comparisons.</summary>
    public IEnumerable<(Move A, Move B)> Rounds => MovesA.Zip(MovesB);
}
