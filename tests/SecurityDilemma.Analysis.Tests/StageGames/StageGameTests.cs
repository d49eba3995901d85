using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Analysis.StageGames;
using SecurityDilemma.Engine;
using SecurityDilemma.Models.Games;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Tests.StageGames;

/// <summary>Stage games per dyad-year from constructed series and beliefs (Jervis 1978's four worlds through the library's mapping).</summary>
public sealed class StageGameTests
{
    private static Scenario World(double balance, double distinguishability) => ScenarioDocument.Parse(
        $"""
        name: two
        years: 2
        technology:
          offense_defense_balance: {balance}
          distinguishability: {distinguishability}
        states:
          - name: A
            offense: 5
            prior_trust: 0.9
          - name: B
            offense: 5
            prior_trust: 0.9
        """,
        "two.yaml").Build();

    private static StateYear Row(int year, int state, double offense, bool atWar = false) => new(year, state, 100, offense, 5, 0.5, 0.1, 0.8, 0.5, atWar);

    [Fact]
    public void OffenseDominanceAndIndistinguishability_IsAPrisonersDilemma_PredictingArmingWhateverTheBelief()
    {
        var rows = StageGameBuilder.Build(World(0.5, 0.2), [Row(1, 0, 6), Row(1, 1, 5)], []);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(GameType.PrisonersDilemma, r.Game));
        Assert.All(rows, r => Assert.Equal(Move.Arm, r.Predicted));
        Assert.Equal(Move.Arm, rows.Single(r => r.Observer == "A").Played);
        Assert.Equal(Move.Restrain, rows.Single(r => r.Observer == "B").Played);
        Assert.Equal(0.5, StageGameSummary.Of(rows).MatchRate.Value);
    }

    [Fact]
    public void DefenseDominanceAndDistinguishability_IsHarmony_PredictingRestraint()
    {
        var rows = StageGameBuilder.Build(World(2.0, 0.9), [Row(1, 0, 5), Row(1, 1, 5)], []);
        Assert.All(rows, r => Assert.Equal(GameType.Harmony, r.Game));
        Assert.All(rows, r => Assert.Equal(Move.Restrain, r.Predicted));
        Assert.All(rows, r => Assert.True(r.Matched));
    }

    [Fact]
    public void StagHunt_FollowsTheBelief_AndWarYearsAreLeftOut()
    {
        // Defense advantage, low distinguishability: a Stag Hunt; restrain iff the belief clears q*.
        var world = World(2.0, 0.2);
        var q = CooperationThreshold.For(OffenseDefenseMapping.Default.Payoffs(2.0, 0.2)).Value!.Value;
        var series = new[] { Row(1, 0, 5), Row(1, 1, 5), Row(2, 0, 6), Row(2, 1, 7, atWar: true) };
        TrustRow[] trust = [new(1, 0, 1, q - 0.05), new(1, 1, 0, q + 0.05)];
        var rows = StageGameBuilder.Build(world, series, trust);
        var year2 = Assert.Single(rows, r => r.Year == 2);
        Assert.Equal(GameType.StagHunt, year2.Game);
        Assert.Equal("A", year2.Observer);
        Assert.Equal(Move.Arm, year2.Predicted);
        Assert.Equal(Move.Arm, year2.Played);
        Assert.Equal(q - 0.05, year2.Belief);
    }
}
