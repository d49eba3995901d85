using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// Stein and Rapoport: Tit For Tat that cooperates on the first four moves, defects on the last two, and every
/// 15 moves tests whether the opponent looks random (chi-squared against a fair coin, alpha = 0.05), defecting
/// while it does.
/// </summary>
/// <remarks>
/// Axelrod (1980); the randomness check follows Axelrod-Python (counts of C and D, not the transition
/// probabilities the original used, which are not documented). The last-two-moves rule needs an announced length.
/// </remarks>
public sealed class FirstBySteinAndRapoport : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: false, UsesLength: true);
    private bool _opponentRandom;

    public string Name => "First by Stein and Rapoport";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Stein & Rapoport), 6th";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        if (state.Length is { } length && state.Turn >= length - 2)
        {
            return Move.D;
        }

        var round = state.Turn + 1;
        if (round < 5)
        {
            return Move.C;
        }

        if (round < 15)
        {
            return state.OpponentLast;
        }

        if (round % 15 == 0)
        {
            _opponentRandom = ChiSquare.FairCoinPValue(state.OpponentCooperations, state.OpponentDefections) >= 0.05;
        }

        return _opponentRandom ? Move.D : state.OpponentLast;
    }
}
