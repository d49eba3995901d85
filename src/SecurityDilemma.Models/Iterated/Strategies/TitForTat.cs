using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Cooperates first, then copies the opponent's last move.</summary>
public sealed class TitForTat : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: 1, Stochastic: false);

    public string Name => "Tit For Tat";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1980, first tournament (Rapoport), the winner";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn == 0 ? Move.C : state.OpponentLast;
}
