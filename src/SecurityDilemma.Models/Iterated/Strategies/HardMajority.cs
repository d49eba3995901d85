using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Hard Go By Majority: defects while the opponent has defected at least as often as it has cooperated (so it opens with D).</summary>
public sealed class HardMajority : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: null, Stochastic: false);

    public string Name => "Hard Majority";

    public Classifier Classifier => Info;

    public string Source => "Mittal & Deb 2009 (Hard Go By Majority)";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.OpponentDefections >= state.OpponentCooperations ? Move.D : Move.C;
}
