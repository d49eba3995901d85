using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// Feld: Tit For Tat that always defects after a defection, but after a cooperation cooperates with a
/// probability falling linearly from 1 to 0.5 by the 200th move.
/// </summary>
/// <remarks>Axelrod (1980) does not give the decay curve; linear, as Axelrod-Python.</remarks>
public sealed class FirstByFeld : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: true);

    public string Name => "First by Feld";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Feld), 11th";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        if (state.Turn == 0)
        {
            return Move.C;
        }

        if (state.OpponentLast == Move.D)
        {
            return Move.D;
        }

        var p = Math.Max(1.0 - (0.5 / 200 * state.Turn), 0.5);
        return MemoryOneStrategy.Draw(p, ref random);
    }
}
