using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Opens D, C, C; defects for ever if the opponent cooperated on moves 2 and 3, otherwise plays Tit For Tat.</summary>
public sealed class Prober : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: null, Stochastic: false);

    public string Name => "Prober";

    public Classifier Classifier => Info;

    public string Source => "Li, Hingston & Kendall 2011; LIFL PRISON 1998";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn switch { 0 => Move.D, 1 or 2 => Move.C, _ => state.Opponent[1] == Move.C && state.Opponent[2] == Move.C ? Move.D : state.OpponentLast };
}
