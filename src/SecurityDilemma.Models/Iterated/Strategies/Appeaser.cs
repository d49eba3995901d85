using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Cooperates first; switches its own move whenever the opponent defects, otherwise repeats it.</summary>
public sealed class Appeaser : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: 1, Stochastic: false);

    public string Name => "Appeaser";

    public Classifier Classifier => Info;

    public string Source => "Axelrod-Python (Knight et al. 2016), by Jochen Müller";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn == 0 ? Move.C : state.OpponentLast == Move.D ? state.OwnLast.Flip() : state.OwnLast;
}
