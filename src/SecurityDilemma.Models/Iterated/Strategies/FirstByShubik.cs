using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// Shubik: cooperates until the opponent defects, then retaliates k times; each new departure from mutual
/// cooperation after it has resumed cooperating lengthens the retaliation by one.
/// </summary>
/// <remarks>Axelrod (1980) and Shubik (1970), as interpreted by Axelrod-Python's FirstByShubik.</remarks>
public sealed class FirstByShubik : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: false);
    private int _length;
    private int _remaining;

    public string Name => "First by Shubik";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Shubik), 5th; Shubik 1970";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        if (state.Turn == 0)
        {
            return Move.C;
        }

        if (_remaining > 0)
        {
            _remaining--;
            return Move.D;
        }

        if (state.OpponentLast == Move.D && state.OwnLast == Move.C)
        {
            _length++;
            _remaining = _length - 1;
            return Move.D;
        }

        return Move.C;
    }
}
