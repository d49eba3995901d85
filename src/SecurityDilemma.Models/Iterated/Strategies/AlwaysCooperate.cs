using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Always cooperates.</summary>
public sealed class AlwaysCooperate : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: 0, Stochastic: false);

    public string Name => "Always Cooperate";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1984 (ALL C)";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        Move.C;
}
