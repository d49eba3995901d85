using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Defects with probability (turn number)/1000, so more and more as the match goes on.</summary>
public sealed class WorseAndWorse : IStrategy
{
    private static readonly Classifier Info = new(null, Stochastic: true);

    public string Name => "Worse and Worse";

    public Classifier Classifier => Info;

    public string Source => "LIFL PRISON 1998 (Worse and Worse)";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        MemoryOneStrategy.Draw(1 - ((state.Turn + 1) / 1000.0), ref random);
}
