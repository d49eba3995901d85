using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Defects if the opponent defected twice in a row within the last three rounds.</summary>
public sealed class HardTitForTwoTats : IStrategy
{
    private static readonly Classifier Info = new(3, Stochastic: false);

    public string Name => "Hard Tit For 2 Tats";

    public Classifier Classifier => Info;

    public string Source => "Stewart & Plotkin 2012";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        var last = state.Opponent[Math.Max(0, state.Turn - 3)..];
        for (var i = 1; i < last.Length; i++)
        {
            if (last[i] == Move.D && last[i - 1] == Move.D)
            {
                return Move.D;
            }
        }

        return Move.C;
    }
}
