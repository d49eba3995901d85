using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// Graaskamp: Tit For Tat for 50 moves, defects on move 51, five more moves of Tit For Tat; then defects for
/// ever if the opponent looks random, plays Tit For Tat if the opponent looks like Tit For Tat or its own twin,
/// and otherwise cooperates but defects at random every 5 to 15 moves.
/// </summary>
/// <remarks>
/// Axelrod (1980), as interpreted by Axelrod-Python's FirstByGraaskamp: randomness is a chi-squared test of the
/// opponent's C/D counts (alpha = 0.05); "Tit For Tat" means the opponent always copied this rule's previous
/// move, "twin" that both histories are equal. The gap to the next random defection is uniform on 5..15.
/// </remarks>
public sealed class FirstByGraaskamp : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: true);
    private bool _opponentRandom;
    private int _nextDefection = -1;

    public string Name => "First by Graaskamp";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Graaskamp), 9th";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        var turn = state.Turn;
        if (turn == 0)
        {
            return Move.C;
        }

        if (turn < 56)
        {
            return turn == 50 ? Move.D : state.OpponentLast;
        }

        _opponentRandom |= ChiSquare.FairCoinPValue(state.OpponentCooperations, state.OpponentDefections) >= 0.05;
        if (_opponentRandom)
        {
            return Move.D;
        }

        if (CopiesMe(state) || state.Own.SequenceEqual(state.Opponent))
        {
            return state.OpponentLast;
        }

        if (_nextDefection < 0)
        {
            _nextDefection = turn + 5 + random.NextInt(11);
        }

        if (turn == _nextDefection)
        {
            _nextDefection = turn + 5 + random.NextInt(11);
            return Move.D;
        }

        return Move.C;
    }

    private static bool CopiesMe(MatchState state)
    {
        for (var i = 1; i < state.Turn; i++)
        {
            if (state.Opponent[i] != state.Own[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}
