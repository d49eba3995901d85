using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Cooperates while the opponent has defected in at most 10% of the rounds; past that, plays Tit For Tat.</summary>
public sealed class ForgivingTitForTat : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: null, Stochastic: false);

    public string Name => "Forgiving Tit For Tat";

    public Classifier Classifier => Info;

    public string Source => "Axelrod-Python (Knight et al. 2016), by Thomas Campbell";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.OpponentDefections > state.Turn / 10.0 ? state.OpponentLast : Move.C;
}
