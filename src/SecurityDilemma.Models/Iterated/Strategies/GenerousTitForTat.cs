using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>Generous Tit For Tat: Tit For Tat that forgives a defection with probability g.</summary>
/// <remarks>
/// Four-vector (1, g, 1, g) with g = min(1 - (T - R)/(R - S), (R - P)/(T - P)) (Nowak &amp; Sigmund 1992);
/// with Axelrod's payoffs g = 1/3.
/// </remarks>
public sealed class GenerousTitForTat : IStrategy
{
    private static readonly Classifier Info = new(1, Stochastic: true, UsesGame: true);

    public string Name => "Generous Tit For Tat";

    public Classifier Classifier => Info;

    public string Source => "Nowak & Sigmund 1992";

    /// <summary>The forgiveness probability for <paramref name="game"/>.</summary>
    public static double Generosity(PrisonersDilemma game) =>
        Math.Clamp(Math.Min(1 - ((game.T - game.R) / (game.R - game.S)), (game.R - game.P) / (game.T - game.P)), 0, 1);

    public Move Decide(MatchState state, ref Xoshiro256 random) =>
        state.Turn == 0 || state.OpponentLast == Move.C ? Move.C : MemoryOneStrategy.Draw(Generosity(state.Game), ref random);
}
