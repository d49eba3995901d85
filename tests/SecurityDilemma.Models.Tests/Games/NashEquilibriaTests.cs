using SecurityDilemma.Models.Games;

namespace SecurityDilemma.Models.Tests.Games;

public class NashEquilibriaTests
{
    private static TwoByTwoGame Symmetric(double cc, double cd, double dc, double dd) => TwoByTwoGame.Symmetric(new PlayerPayoffs(cc, cd, dc, dd));

    [Fact]
    public void PrisonersDilemma_HasOnlyMutualDefection()
    {
        // Axelrod's (1984) payoffs R, S, T, P = 3, 0, 5, 1.
        var a = NashEquilibria.Find(Symmetric(3, 0, 5, 1));
        var e = Assert.Single(a.Equilibria);
        Assert.Equal("DD", e.Label);
        Assert.Equal(1, e.RowPayoff);
        Assert.Empty(a.Continua);
        Assert.False(a.IsDegenerate);
    }

    [Fact]
    public void StagHunt_HasTwoPureAndOneMixed_AtTheCooperationThreshold()
    {
        // CC > DC > DD > CD; q* = (2 - 0) / ((4 - 3) + (2 - 0)) = 2/3.
        var a = NashEquilibria.Find(Symmetric(4, 0, 3, 2));
        Assert.Equal(["CC", "DD", "mixed"], a.Equilibria.Select(e => e.Label));
        var mixed = a.Equilibria[2];
        Assert.Equal(2.0 / 3, mixed.RowCooperation, 12);
        Assert.Equal(2.0 / 3, mixed.ColumnCooperation, 12);

        // At the mixed equilibrium the payoff is what defection earns for sure: (2/3)*3 + (1/3)*2 = 8/3.
        Assert.Equal(8.0 / 3, mixed.RowPayoff, 12);
    }

    [Fact]
    public void Chicken_HasTheTwoAsymmetricPureEquilibria_AndAnEvenMix()
    {
        var a = NashEquilibria.Find(Symmetric(3, 1, 4, 0));
        Assert.Equal(["CD", "DC", "mixed"], a.Equilibria.Select(e => e.Label));
        Assert.Equal(0.5, a.Equilibria[2].RowCooperation, 12);
        Assert.Equal(0.5, a.Equilibria[2].ColumnCooperation, 12);
    }

    [Fact]
    public void MatchingPennies_HasOnlyTheMixedEquilibrium()
    {
        // Row wants to match, column to mismatch (each player's payoffs own move first).
        var game = new TwoByTwoGame(new PlayerPayoffs(1, -1, -1, 1), new PlayerPayoffs(-1, 1, 1, -1));
        var a = NashEquilibria.Find(game);
        var e = Assert.Single(a.Equilibria);
        Assert.Equal(EquilibriumKind.Mixed, e.Kind);
        Assert.Equal(0.5, e.RowCooperation, 12);
        Assert.Equal(0.5, e.ColumnCooperation, 12);
        Assert.Equal(0, e.RowPayoff, 12);
    }

    [Fact]
    public void DegenerateGame_ReportsBothSegmentsOfEquilibria()
    {
        // Row weakly prefers C (indifferent only when column cooperates); column is indifferent everywhere.
        // Equilibria: {p = 1, q in [0, 1]} and {p in [0, 1], q = 1}; pure CC, CD, DC.
        var game = new TwoByTwoGame(new PlayerPayoffs(CC: 1, CD: 1, DC: 1, DD: 0), new PlayerPayoffs(CC: 1, CD: 0, DC: 1, DD: 0));
        var a = NashEquilibria.Find(game);
        Assert.True(a.IsDegenerate);
        Assert.Equal(3, a.Degeneracies.Count);
        Assert.Equal(["CC", "CD", "DC"], a.Equilibria.Select(e => e.Label));
        Assert.Equal(2, a.Continua.Count);
        Assert.Contains(new EquilibriumContinuum(Interval.Point(1), new Interval(0, 1)), a.Continua);
        Assert.Contains(new EquilibriumContinuum(new Interval(0, 1), Interval.Point(1)), a.Continua);
    }

    [Fact]
    public void AllTies_IsOneSquareOfEquilibria()
    {
        var a = NashEquilibria.Find(Symmetric(0, 0, 0, 0));
        var c = Assert.Single(a.Continua);
        Assert.Equal(new Interval(0, 1), c.RowCooperation);
        Assert.Equal(new Interval(0, 1), c.ColumnCooperation);
        Assert.Equal(4, a.Degeneracies.Count);
    }
}
