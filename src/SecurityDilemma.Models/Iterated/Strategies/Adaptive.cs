using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// Opens C×6, D×5, then plays whichever move has earned it the larger total payoff so far (D on ties).
/// </summary>
public sealed class Adaptive : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: false, UsesGame: true);
    private double _scoreC;
    private double _scoreD;

    public string Name => "Adaptive";

    public Classifier Classifier => Info;

    public string Source => "Li, Hingston & Kendall 2011";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        if (state.Turn > 0)
        {
            var payoff = state.Game.Payoff(state.OwnLast, state.OpponentLast);
            if (state.OwnLast == Move.C)
            {
                _scoreC += payoff;
            }
            else
            {
                _scoreD += payoff;
            }
        }

        if (state.Turn < 11)
        {
            return state.Turn < 6 ? Move.C : Move.D;
        }

        return _scoreC > _scoreD ? Move.C : Move.D;
    }
}
