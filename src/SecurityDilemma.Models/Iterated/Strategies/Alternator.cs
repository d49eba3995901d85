using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Cooperates first, then does the opposite of its own last move: C, D, C, D, ...</summary>
public sealed class Alternator : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: 1, Stochastic: false);

    public string Name => "Alternator";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1984; Axelrod-Python (Knight et al. 2016)";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn == 0 ? Move.C : state.OwnLast.Flip();
}
