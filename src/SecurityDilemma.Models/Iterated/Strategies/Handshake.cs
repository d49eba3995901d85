using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Opens C, D; cooperates for ever if the opponent opened C, D as well, otherwise defects for ever.</summary>
public sealed class Handshake : IStrategy
{
    private static readonly Classifier Info = new(MemoryDepth: null, Stochastic: false);

    public string Name => "Handshake";

    public Classifier Classifier => Info;

    public string Source => "Robson 1990";

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn switch { 0 => Move.C, 1 => Move.D, _ => state.Opponent[0] == Move.C && state.Opponent[1] == Move.D ? Move.C : Move.D };
}
