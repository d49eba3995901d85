using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>
/// The anonymous graduate student's rule: each move, cooperates with a probability drawn uniformly from [0.3, 0.7].
/// </summary>
/// <remarks>
/// Axelrod (1980) describes a 77-line program whose adjustments "frequently left the probability of
/// cooperation in the 30% to 70% range, and therefore the rule appeared random"; the code is lost, so this is
/// Axelrod-Python's reading of that last sentence.
/// </remarks>
public sealed class FirstByAnonymous : IStrategy
{
    private static readonly Classifier Info = new(0, Stochastic: true);

    public string Name => "First by Anonymous";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (name withheld), 14th";

    public Move Decide(MatchState state, ref Xoshiro256 random)
    {
        var p = 0.3 + (0.4 * random.NextDouble());
        return random.NextDouble() < p ? Move.C : Move.D;
    }
}
