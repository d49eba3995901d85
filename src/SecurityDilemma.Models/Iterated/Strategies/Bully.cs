using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Reverse Tit For Tat: defects first, then plays the opposite of the opponent's last move.</summary>
public sealed class Bully : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: 1, Stochastic: false);

    public string Name => "Bully";

    public Classifier Classifier => Info;

    public string Source => "Nachbar 1992 (Reverse Tit For Tat)";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn == 0 ? Move.D : state.OpponentLast.Flip();
}
