using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Defects only after two consecutive defections by the opponent.</summary>
public sealed class TitForTwoTats : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: 2, Stochastic: false);

    public string Name => "Tit For 2 Tats";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1984 (the entry that would have won the first tournament)";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn >= 2 && state.Opponent[^1] == Move.D && state.Opponent[^2] == Move.D ? Move.D : Move.C;
}
