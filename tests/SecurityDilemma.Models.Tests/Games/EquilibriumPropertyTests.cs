using CsCheck;
using SecurityDilemma.Models.Games;

namespace SecurityDilemma.Models.Tests.Games;

public class EquilibriumPropertyTests
{
    private const double Tolerance = 1e-9;

    // Small integers make ties (degenerate games) common; doubles cover the generic case.
    private static readonly Gen<TwoByTwoGame> IntegerGames =
        Gen.Int[-3, 3].Array[8].Select(v => new TwoByTwoGame(new PlayerPayoffs(v[0], v[1], v[2], v[3]), new PlayerPayoffs(v[4], v[5], v[6], v[7])));

    private static readonly Gen<TwoByTwoGame> RealGames =
        Gen.Double[-10, 10].Array[8].Select(v => new TwoByTwoGame(new PlayerPayoffs(v[0], v[1], v[2], v[3]), new PlayerPayoffs(v[4], v[5], v[6], v[7])));

    [Fact]
    public void EveryReportedEquilibrium_IsABestResponseForBothPlayers()
    {
        IntegerGames.Sample(CheckAllBestResponses, iter: 5000);
        RealGames.Sample(CheckAllBestResponses, iter: 5000);
    }

    [Fact]
    public void EveryGame_HasAnEquilibrium_AndNondegenerateGamesHaveAnOddNumberOfIsolatedOnes()
    {
        // Nash (1950) existence; oddness for nondegenerate games (Shapley 1974).
        RealGames.Sample(game =>
        {
            // The generator also draws exact ties (e.g. 0 and 0), which make a game degenerate.
            var a = NashEquilibria.Find(game);
            Assert.True(a.Equilibria.Count + a.Continua.Count > 0, $"{game}: no equilibrium");
            if (!a.IsDegenerate)
            {
                Assert.Empty(a.Continua);
                Assert.True(a.Equilibria.Count % 2 == 1, $"{game}: {a.Equilibria.Count} equilibria");
            }
        }, iter: 5000);
        IntegerGames.Sample(game =>
        {
            var a = NashEquilibria.Find(game);
            Assert.True(a.Equilibria.Count + a.Continua.Count > 0, $"{game}: no equilibrium");
        }, iter: 5000);
    }

    [Fact]
    public void NoEquilibriumOnAGrid_IsMissedByTheReport()
    {
        // Completeness: every profile on a quarter grid that is an equilibrium (checked directly, exact in
        // binary for integer payoffs) must be one of the reported points or inside a reported continuum.
        IntegerGames.Sample(game =>
        {
            var a = NashEquilibria.Find(game);
            for (var i = 0; i <= 4; i++)
            {
                for (var j = 0; j <= 4; j++)
                {
                    double p = i / 4.0, q = j / 4.0;
                    if (!IsEquilibrium(game, p, q, 0))
                    {
                        continue;
                    }

                    var reported = a.Equilibria.Any(e => Math.Abs(e.RowCooperation - p) < Tolerance && Math.Abs(e.ColumnCooperation - q) < Tolerance)
                        || a.Continua.Any(c => c.RowCooperation.Contains(p) && c.ColumnCooperation.Contains(q));
                    Assert.True(reported, $"{game}: equilibrium ({p}, {q}) not reported");
                }
            }
        }, iter: 3000);
    }

    private static void CheckAllBestResponses(TwoByTwoGame game)
    {
        var a = NashEquilibria.Find(game);
        foreach (var e in a.Equilibria)
        {
            Assert.True(IsEquilibrium(game, e.RowCooperation, e.ColumnCooperation, Tolerance), $"{game}: {e} has a profitable deviation");
            Assert.Equal(game.ExpectedRowPayoff(e.RowCooperation, e.ColumnCooperation), e.RowPayoff, 9);
        }

        foreach (var c in a.Continua)
        {
            foreach (var p in new[] { c.RowCooperation.Low, (c.RowCooperation.Low + c.RowCooperation.High) / 2, c.RowCooperation.High })
            {
                foreach (var q in new[] { c.ColumnCooperation.Low, (c.ColumnCooperation.Low + c.ColumnCooperation.High) / 2, c.ColumnCooperation.High })
                {
                    Assert.True(IsEquilibrium(game, p, q, Tolerance), $"{game}: continuum point ({p}, {q}) has a profitable deviation");
                }
            }
        }
    }

    /// <summary>No player gains more than <paramref name="tolerance"/> by switching to a pure strategy.</summary>
    private static bool IsEquilibrium(TwoByTwoGame game, double p, double q, double tolerance)
    {
        var row = game.ExpectedRowPayoff(p, q);
        var col = game.ExpectedColumnPayoff(p, q);
        return game.ExpectedRowPayoff(1, q) <= row + tolerance
            && game.ExpectedRowPayoff(0, q) <= row + tolerance
            && game.ExpectedColumnPayoff(p, 1) <= col + tolerance
            && game.ExpectedColumnPayoff(p, 0) <= col + tolerance;
    }
}
