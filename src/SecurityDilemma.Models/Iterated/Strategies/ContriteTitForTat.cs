using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// Tit For Tat that apologises for its own accidental defections: when noise turned its cooperation into a
/// defection against a cooperating opponent, it becomes contrite and cooperates, accepting the punishment
/// without retaliating, until it has cooperated once more.
/// </summary>
/// <remarks>Wu &amp; Axelrod (1995); without noise it plays exactly Tit For Tat. It compares what it chose with what was played.</remarks>
public sealed class ContriteTitForTat : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: false);
    private bool _contrite;
    private Move _intended;

    public string Name => "Contrite Tit For Tat";

    public Classifier Classifier => Info;

    public string Source => "Wu & Axelrod 1995";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        _intended = Choose(state);
        return _intended;
    }

    private Move Choose(MatchState state)
    {
        if (state.Turn == 0)
        {
            return Move.C;
        }

        if (_contrite && state.OwnLast == Move.C)
        {
            _contrite = false;
            return Move.C;
        }

        if (_intended != state.OwnLast && state.OwnLast == Move.D && state.OpponentLast == Move.C)
        {
            _contrite = true;
        }

        return state.OpponentLast;
    }
}
