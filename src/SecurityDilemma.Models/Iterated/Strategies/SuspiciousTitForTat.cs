using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Tit For Tat that defects on the first move.</summary>
public sealed class SuspiciousTitForTat : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: 1, Stochastic: false);

    public string Name => "Suspicious Tit For Tat";

    public Classifier Classifier => Info;

    public string Source => "Beaufils, Delahaye & Mathieu 1997 (Mistrust); Hilbe, Nowak & Sigmund 2013";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn == 0 ? Move.D : state.OpponentLast;
}
