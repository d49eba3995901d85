using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Cooperates with a fixed probability (0.5 by default) whatever happens.</summary>
public sealed class RandomStrategy(double cooperationProbability = 0.5) : IStrategy
{
    private static readonly Classifier Info = new(0, Stochastic: true);

    public string Name => "Random";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (RANDOM)";

    public Move Decide(MatchState state, ref Xoshiro256 random) => random.NextDouble() < cooperationProbability ? Move.C : Move.D;
}
