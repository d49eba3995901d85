using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Tullock: cooperates on the first 11 moves, then cooperates 10% less often than the opponent did over the last 10 moves.</summary>
public sealed class FirstByTullock : IStrategy
{
    private static readonly Classifier Info = new(11, Stochastic: true);

    public string Name => "First by Tullock";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Tullock), 13th";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        if (state.Turn < 11)
        {
            return Move.C;
        }

        var cooperations = 0;
        foreach (var m in state.Opponent[^10..])
        {
            if (m == Move.C)
            {
                cooperations++;
            }
        }

        return MemoryOneStrategy.Draw(Math.Max(0, (cooperations / 10.0) - 0.1), ref random);
    }
}
