using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Models.Iterated;

/// <summary>One strategy's line in a tournament ranking.</summary>
/// <param name="Rank">1 = best.</param>
/// <param name="Name">The strategy.</param>
/// <param name="MeanScore">Mean payoff per turn over every match it played (see <see cref="TournamentResult"/>).</param>
/// <param name="ScoreEstimate">The same as a mean over repetitions, with a 95% interval (NaN bounds with one repetition).</param>
/// <param name="Wins">Matches (excluding self-play) in which it scored strictly more than its opponent.</param>
/// <param name="CooperationRate">The share of its played moves that were C.</param>
public sealed record Standing(int Rank, string Name, double MeanScore, Estimate ScoreEstimate, int Wins, double CooperationRate);
