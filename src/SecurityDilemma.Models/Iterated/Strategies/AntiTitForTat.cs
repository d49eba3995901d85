using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Cooperates first, then plays the opposite of the opponent's last move.</summary>
public sealed class AntiTitForTat : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: 1, Stochastic: false);

    public string Name => "Anti Tit For Tat";

    public Classifier Classifier => Info;

    public string Source => "Hilbe, Nowak & Sigmund 2013";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn == 0 ? Move.C : state.OpponentLast.Flip();
}
