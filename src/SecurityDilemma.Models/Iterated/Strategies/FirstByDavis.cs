using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Cooperates on the first 10 moves, then plays Grudger.</summary>
public sealed class FirstByDavis : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: null, Stochastic: false);

    public string Name => "First by Davis";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Davis), 8th";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn < 10 || state.OpponentDefections == 0 ? Move.C : Move.D;
}
