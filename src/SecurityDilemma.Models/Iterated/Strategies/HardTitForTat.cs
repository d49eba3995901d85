using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Defects if the opponent defected in any of the last three rounds.</summary>
public sealed class HardTitForTat : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: 3, Stochastic: false);

    public string Name => "Hard Tit For Tat";

    public Classifier Classifier => Info;

    public string Source => "prisoners-dilemma.com competition 2017 (Hard Tit For Tat)";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Opponent[Math.Max(0, state.Turn - 3)..].Contains(Move.D) ? Move.D : Move.C;
}
