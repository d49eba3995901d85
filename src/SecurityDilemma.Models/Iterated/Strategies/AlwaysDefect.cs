using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Always defects.</summary>
public sealed class AlwaysDefect : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: 0, Stochastic: false);

    public string Name => "Always Defect";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1984 (ALL D)";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        Move.D;
}
