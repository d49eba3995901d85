using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// Gradual: cooperates; after the opponent's n-th defection it defects n times in a row, then cooperates
/// twice to calm things down.
/// </summary>
/// <remarks>
/// Beaufils, Delahaye &amp; Mathieu (1997): n counts every defection of the opponent so far, including those made
/// during a punishment (Axelrod-Python's "Original Gradual"). A defection seen while punishing or calming does
/// not start a new punishment at once; it lengthens the next one.
/// </remarks>
public sealed class Gradual : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: false);
    private int _punishRemaining;
    private int _calmRemaining;

    public string Name => "Gradual";

    public Classifier Classifier => Info;

    public string Source => "Beaufils, Delahaye & Mathieu 1997";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        if (_punishRemaining > 0)
        {
            _punishRemaining--;
            if (_punishRemaining == 0)
            {
                _calmRemaining = 2;
            }

            return Move.D;
        }

        if (_calmRemaining > 0)
        {
            _calmRemaining--;
            return Move.C;
        }

        if (state.Turn > 0 && state.OpponentLast == Move.D)
        {
            _punishRemaining = state.OpponentDefections - 1;
            if (_punishRemaining == 0)
            {
                _calmRemaining = 2;
            }

            return Move.D;
        }

        return Move.C;
    }
}
