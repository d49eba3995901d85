using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// Downing: estimates the opponent's chance of cooperating after its own C (alpha) and after its own D (beta),
/// and plays C when alpha R + (1 - alpha) S beats beta T + (1 - beta) P, D when it is worse, and switches on a tie.
/// </summary>
/// <remarks>
/// Axelrod (1980): "selects its choice to maximize its own long-term expected payoff on the assumption that
/// the other rule cooperates with a fixed probability which depends only on whether the other player
/// cooperated or defected on the previous move"; implemented as Axelrod-Python's FirstByDowning (after
/// Downing 1975): it opens D, D, counts the opponent's first move as a reply to a phantom cooperation, and
/// divides beta's count by at least 2.
/// </remarks>
public sealed class FirstByDowning : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: false, UsesGame: true);
    private int _cAfterC;
    private int _cAfterD;

    public string Name => "First by Downing";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Downing), 10th; Downing 1975";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        var turn = state.Turn;
        if (turn == 0)
        {
            return Move.D;
        }

        if (turn == 1)
        {
            if (state.OpponentLast == Move.C)
            {
                _cAfterC++;
            }

            return Move.D;
        }

        if (state.OpponentLast == Move.C)
        {
            if (state.Own[^2] == Move.C)
            {
                _cAfterC++;
            }
            else
            {
                _cAfterD++;
            }
        }

        var alpha = _cAfterC / (double)(state.OwnCooperations + 1);
        var beta = _cAfterD / (double)Math.Max(state.OwnDefections, 2);
        var g = state.Game;
        var cooperate = (alpha * g.R) + ((1 - alpha) * g.S);
        var defect = (beta * g.T) + ((1 - beta) * g.P);
        return cooperate > defect ? Move.C : cooperate < defect ? Move.D : state.OwnLast.Flip();
    }
}
