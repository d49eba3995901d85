using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Cooperates until the opponent defects once, then defects for ever (Friedman's rule).</summary>
public sealed class Grudger : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: null, Stochastic: false);

    public string Name => "Grudger";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Friedman); Friedman 1971";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.OpponentDefections > 0 ? Move.D : Move.C;
}
