using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Answers each defection with two defections: defects if the opponent defected in either of the last two rounds.</summary>
public sealed class TwoTitsForTat : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: 2, Stochastic: false);

    public string Name => "Two Tits For Tat";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1984";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Opponent[Math.Max(0, state.Turn - 2)..].Contains(Move.D) ? Move.D : Move.C;
}
