using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Go By Majority: cooperates while the opponent has cooperated at least as often as it has defected.</summary>
public sealed class SoftMajority : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: null, Stochastic: false);

    public string Name => "Soft Majority";

    public Classifier Classifier => Info;

    public string Source => "Axelrod 1984 (Go By Majority); Mittal & Deb 2009";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.OpponentCooperations >= state.OpponentDefections ? Move.C : Move.D;
}
