using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Tests.Iterated;

/// <summary>The user-defined strategy example of docs/strategies.md, kept here so the documentation compiles and works.</summary>
public class CustomStrategyExampleTests
{
    /// <summary>Tit For Tat that breaks an echo of mutual defection: after two rounds of (D, D) it offers C.</summary>
    public sealed class Peacemaker : IStrategy
    {
        public string Name => "Peacemaker";

        public Classifier Classifier { get; } = new(MemoryDepth: 2, Stochastic: false);

        public string Source => "docs/strategies.md (example)";

        public Move Decide(MatchState state, ref Xoshiro256 random)
        {
            if (state.Turn == 0)
            {
                return Move.C;
            }

            var twoMutualDefections = state.Turn >= 2
                && state.Own[^1] == Move.D && state.Opponent[^1] == Move.D
                && state.Own[^2] == Move.D && state.Opponent[^2] == Move.D;
            return twoMutualDefections ? Move.C : state.OpponentLast;
        }
    }

    [Fact]
    public void Peacemaker_AgainstAlwaysDefect_OffersPeaceAfterTwoMutualDefections()
    {
        Versus.Check(new Peacemaker(), StrategyCatalogue.Find("alld")(), "CD DD DD CD DD DD CD");
    }

    [Fact]
    public void Peacemaker_PlaysInATournament_BesideCataloguedStrategies()
    {
        Func<IStrategy>[] players = [() => new Peacemaker(), StrategyCatalogue.Find("tft"), StrategyCatalogue.Find("alld")];
        var result = Tournament.Run(players, new TournamentSettings(new MatchSettings(Turns: 200), Repetitions: 2, Seed: 1));
        Assert.Equal(3.0, result.PairwiseScores[0][1]); // Peacemaker and TFT cooperate throughout
        Assert.Contains(result.Standings, s => s.Name == "Peacemaker");
    }
}
