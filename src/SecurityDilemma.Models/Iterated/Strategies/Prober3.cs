using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Opens D, C; defects for ever if the opponent cooperated on move 2, otherwise plays Tit For Tat.</summary>
public sealed class Prober3 : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: null, Stochastic: false);

    public string Name => "Prober 3";

    public Classifier Classifier => Info;

    public string Source => "LIFL PRISON 1998 (prober3)";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn switch { 0 => Move.D, 1 => Move.C, _ => state.Opponent[1] == Move.C ? Move.D : state.OpponentLast };
}
