namespace SecurityDilemma.Reports.Tournaments;

/// <summary>One line of a tournament's ranking: mean payoff per turn with its 95% interval, wins and cooperation rate.</summary>
public sealed record RankedStrategy(int Rank, string Name, double MeanScore, double Lower, double Upper, int Wins, double CooperationRate);
