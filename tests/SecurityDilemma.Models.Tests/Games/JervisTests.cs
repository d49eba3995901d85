using SecurityDilemma.Models.Games;

namespace SecurityDilemma.Models.Tests.Games;

public class JervisTests
{
    [Fact]
    public void Jervis1978_StagHuntCooperationThreshold()
    {
        // Jervis (1978), "Cooperation under the Security Dilemma", World Politics 30(2): cooperate iff the belief q
        // that the other cooperates is at least q* = (DD - CD) / ((CC - DC) + (DD - CD)); here 2 / (1 + 2) = 2/3.
        var u = new PlayerPayoffs(CC: 4, CD: 0, DC: 3, DD: 2);
        var t = CooperationThreshold.For(u);
        Assert.Equal(CooperationRule.CooperateIfAtLeast, t.Rule);
        Assert.Equal(2.0 / 3, t.Value!.Value, 12);

        // Independent check: at q* cooperating and defecting earn the same.
        var q = t.Value.Value;
        Assert.Equal((q * u.CC) + ((1 - q) * u.CD), (q * u.DC) + ((1 - q) * u.DD), 12);
        Assert.True(t.Cooperates(0.7));
        Assert.False(t.Cooperates(0.6));
    }

    [Fact]
    public void Jervis1978_LowerSuckersLossOrHigherCooperationGain_LowersThreshold()
    {
        // Jervis (1978, p. 171): cooperation is likelier when CC rises and when the cost of being exploited falls.
        var baseline = CooperationThreshold.For(new PlayerPayoffs(4, 0, 3, 2)).Value!.Value;
        Assert.True(CooperationThreshold.For(new PlayerPayoffs(5, 0, 3, 2)).Value < baseline);
        Assert.True(CooperationThreshold.For(new PlayerPayoffs(4, 1, 3, 2)).Value < baseline);
    }

    [Theory]
    [InlineData(1.0 / 3, 0.0, JervisWorld.DoublyDangerous, GameType.PrisonersDilemma)]
    [InlineData(3.0, 0.0, JervisWorld.CompatibleSecurityRequirements, GameType.StagHunt)]
    [InlineData(1.0 / 3, 1.0, JervisWorld.AggressionPossible, GameType.Chicken)]
    [InlineData(3.0, 1.0, JervisWorld.DoublyStable, GameType.Harmony)]
    public void Jervis1978_FourWorlds_ComeOutOfTheGeneratedPayoffs(double balance, double distinguishability, JervisWorld world, GameType type)
    {
        // Jervis (1978, p. 211, the four-cell table): offense/defense advantage x (in)distinguishable postures.
        Assert.Equal(world, JervisWorlds.Classify(balance, distinguishability));
        var payoffs = OffenseDefenseMapping.Default.Payoffs(balance, distinguishability);
        Assert.Equal(type, GameClassifier.Classify(payoffs));
    }

    [Fact]
    public void Jervis1978_DoublyDangerousWorld_NeedsMoreTrustThanAnyBeliefGives_DefenseWorldLittle()
    {
        var dangerous = CooperationThreshold.For(OffenseDefenseMapping.Default.Payoffs(1.0 / 3, 0));
        var compatible = CooperationThreshold.For(OffenseDefenseMapping.Default.Payoffs(3, 0));
        Assert.True(dangerous.Value > 1, $"q* = {dangerous.Value}");
        Assert.False(dangerous.Attainable);
        Assert.True(compatible.Value < 0.5, $"q* = {compatible.Value}");
        Assert.True(compatible.Attainable);
    }

    [Fact]
    public void Mapping_GivesTheWorldsGameAcrossTheWholeParameterGrid_AndThresholdRisesWithOffense()
    {
        double[] balances = [0.05, 0.2, 0.5, 0.9, 1.1, 2, 5, 20];
        double[] distinguishabilities = [0, 0.1, 0.3, 0.49, 0.51, 0.7, 0.9, 1];
        foreach (var balance in balances)
        {
            foreach (var d in distinguishabilities)
            {
                var expected = JervisWorlds.Classify(balance, d) switch
                {
                    JervisWorld.DoublyDangerous => GameType.PrisonersDilemma,
                    JervisWorld.CompatibleSecurityRequirements => GameType.StagHunt,
                    JervisWorld.AggressionPossible => GameType.Chicken,
                    _ => GameType.Harmony,
                };
                Assert.True(expected == GameClassifier.Classify(OffenseDefenseMapping.Default.Payoffs(balance, d)), $"balance {balance}, d {d}");
            }
        }

        // With indistinguishable postures, more offense advantage means more trust needed.
        var thresholds = balances.Select(b => CooperationThreshold.For(OffenseDefenseMapping.Default.Payoffs(b, 0)).Value!.Value).ToArray();
        for (var i = 1; i < thresholds.Length; i++)
        {
            Assert.True(thresholds[i] < thresholds[i - 1], $"q* not falling at balance {balances[i]}");
        }
    }

    [Fact]
    public void Boundaries_AreReportedAndGiveTies()
    {
        Assert.Equal(JervisWorld.Boundary, JervisWorlds.Classify(1, 0.2));
        Assert.Equal(JervisWorld.Boundary, JervisWorlds.Classify(2, 0.5));
        Assert.Equal(GameType.Other, GameClassifier.Classify(OffenseDefenseMapping.Default.Payoffs(1, 0.2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => JervisWorlds.Classify(0, 0.2));
        Assert.Throws<ArgumentOutOfRangeException>(() => JervisWorlds.Classify(1, 1.5));
    }
}
