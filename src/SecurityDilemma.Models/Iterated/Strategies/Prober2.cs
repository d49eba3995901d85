using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Opens D, C, C; cooperates for ever if the opponent played D then C on moves 2 and 3, otherwise plays Tit For Tat.</summary>
public sealed class Prober2 : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: null, Stochastic: false);

    public string Name => "Prober 2";

    public Classifier Classifier => Info;

    public string Source => "LIFL PRISON 1998 (prober2)";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn switch { 0 => Move.D, 1 or 2 => Move.C, _ => state.Opponent[1] == Move.D && state.Opponent[2] == Move.C ? Move.C : state.OpponentLast };
}
