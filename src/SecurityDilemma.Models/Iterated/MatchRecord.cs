namespace SecurityDilemma.Models.Iterated;

/// <summary>One played match of a tournament (a tidy row): who, which repetition, its seed, and the totals.</summary>
/// <param name="A">Index of the first player in <see cref="TournamentResult.Names"/>.</param>
/// <param name="B">Index of the second player.</param>
/// <param name="Repetition">0-based repetition.</param>
/// <param name="Seed">The match seed (replay it with <see cref="Match.Play"/>).</param>
/// <param name="Outcome">The totals.</param>
public readonly record struct MatchRecord(int A, int B, int Repetition, ulong Seed, MatchOutcome Outcome);
