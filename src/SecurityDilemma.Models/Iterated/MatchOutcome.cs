namespace SecurityDilemma.Models.Iterated;

/// <summary>The totals of one match (no histories): what a tournament keeps.</summary>
/// <param name="Turns">How many turns were played.</param>
/// <param name="ScoreA">Total payoff of the first player.</param>
/// <param name="ScoreB">Total payoff of the second player.</param>
/// <param name="CooperationsA">How many times the first player's played move was C.</param>
/// <param name="CooperationsB">How many times the second player's played move was C.</param>
public readonly record struct MatchOutcome(int Turns, double ScoreA, double ScoreB, int CooperationsA, int CooperationsB)
{
    /// <summary>The first player's mean payoff per turn.</summary>
    public double ScorePerTurnA => ScoreA / Turns;

    /// <summary>The second player's mean payoff per turn.</summary>
    public double ScorePerTurnB => ScoreB / Turns;
}
