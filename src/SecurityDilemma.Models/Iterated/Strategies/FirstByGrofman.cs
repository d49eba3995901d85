using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Grofman: cooperates if both players did the same thing last round, otherwise cooperates with probability 2/7.</summary>
public sealed class FirstByGrofman : IStrategy
{
    private static readonly Classifier Info = new(1, Stochastic: true);

    public string Name => "First by Grofman";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Grofman), 4th";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn == 0 || state.OwnLast == state.OpponentLast ? Move.C : MemoryOneStrategy.Draw(2.0 / 7.0, ref random);
}
