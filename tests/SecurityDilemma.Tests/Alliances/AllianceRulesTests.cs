using CsCheck;
using SecurityDilemma.Engine;

namespace SecurityDilemma.Tests.Alliances;

/// <summary>Known answers and properties of the commitment, joining, buck-passing and mobilization rules.</summary>
public class AllianceRulesTests
{
    private static readonly AllianceConstants A = AllianceConstants.Default;

    [Theory]
    [InlineData(0.5, 2.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(2.0, 0.5)]
    [InlineData(3.0, 1.0 / 3.0)]
    [InlineData(10.0, 0.25)] // clamped at the minimum
    [InlineData(0.1, 2.0)] // clamped at the maximum
    public void ChristensenSnyder1990_CommitmentsTightenUnderPerceivedOffenseAndLoosenUnderDefense(double perceived, double expected)
    {
        // T(theta) = 1 / theta within [0.25, 2]: an ally's defeat looks quick under offense dominance, slow under defense dominance.
        Assert.Equal(expected, AllianceRules.Tightening(perceived, A.MinTightening, A.MaxTightening), 12);
    }

    [Theory]
    [InlineData(0.8, 2.0, 1.0)]
    [InlineData(0.5, 0.5, 0.25)]
    [InlineData(0.0, 2.0, 0.0)]
    public void EffectiveCommitmentIsDeclaredTimesTighteningCappedAtOne(double declared, double tightening, double expected) =>
        Assert.Equal(expected, AllianceRules.EffectiveCommitment(declared, tightening), 12);

    [Fact]
    public void JoinValue_KnownAnswer()
    {
        // V = W kappa (dp S + R D) - c = 1 * 1 * (0.2 * 0.3 + 0.2 * 0.5) - 0.1 = 0.06.
        Assert.Equal(0.06, AllianceRules.JoinValue(1, 1, 0.2, 0.3, 0.2, 0.5, 0.1), 12);
        // Without commitment nobody joins, whatever the stakes.
        Assert.True(AllianceRules.JoinValue(2, 0, 1, 10, 0.2, 1, 0.1) < 0);
    }

    [Fact]
    public void Snyder1984_DependenceOnAnAllyIsItsShareOfTheirJointDefence()
    {
        Assert.Equal(0.5, AllianceRules.Dependence(10, 10), 12);
        Assert.Equal(0.9, AllianceRules.Dependence(90, 10), 12);
        Assert.Equal(0.5, AllianceRules.Dependence(0, 0), 12);
    }

    [Theory]
    [InlineData(10, 10, 3, 0.75)]
    [InlineData(10, 10, 0.5, 1.0 / 3.0)]
    [InlineData(0, 10, 1, 0.0)]
    public void Holdout_IsTheDefendersChanceInTheContestFunction(double defense, double attack, double balance, double expected) =>
        Assert.Equal(expected, AllianceRules.Holdout(defense, attack, balance), 12);

    [Theory]
    [InlineData(0.75, 0.5, true)] // threshold 0.6
    [InlineData(0.55, 0.5, false)]
    [InlineData(0.75, 0.9, false)] // a readier ally needs 0.6 + 0.4 * 0.4 = 0.76
    [InlineData(0.45, 0.1, true)] // a reluctant one only 0.6 - 0.16 = 0.44
    public void BuckPassing_WaitsWhenTheCatcherLooksLikelyToHoldOut(double holdout, double propensity, bool passes) =>
        Assert.Equal(passes, AllianceRules.PassesBuck(holdout, propensity, A.BuckPassHoldout, A.PropensityShift));

    [Fact]
    public void Huth1988_MobilizationValue_KnownAnswer()
    {
        // Threat falls from 10 / 20 = 0.5 to 10 / 23 when defence grows by 30%; worth 0.3 per unit, less the 0.01 cost.
        var expected = ((0.5 - (10.0 / 23.0)) * 0.3) - 0.01;
        Assert.Equal(expected, AllianceRules.MobilizationValue(1, 10, 10, 1, 0.3, 0.3, 0.01), 12);
        // Nobody mobilizes against a state it is sure is harmless.
        Assert.True(AllianceRules.MobilizationValue(0, 10, 10, 1, 0.3, 0.3, 0.01) < 0);
    }

    [Fact]
    public void Tightening_NeverRisesWithThePerceivedBalance()
    {
        Gen.Double[0.01, 50].Select(Gen.Double[0.01, 50]).Sample((a, b) =>
        {
            var (lo, hi) = a < b ? (a, b) : (b, a);
            return AllianceRules.Tightening(lo, A.MinTightening, A.MaxTightening) >= AllianceRules.Tightening(hi, A.MinTightening, A.MaxTightening);
        });
    }

    [Fact]
    public void JoinValue_RisesWithCommitmentWillingnessAndStakes()
    {
        Gen.Double[0, 1].Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 5]).Sample((k, p, dp, s) =>
        {
            var v = AllianceRules.JoinValue(2 * p, k, dp, s, 0.2, 0.5, 0.1);
            return AllianceRules.JoinValue(2 * p, Math.Min(1, k + 0.1), dp, s, 0.2, 0.5, 0.1) >= v
                   && AllianceRules.JoinValue(2 * Math.Min(1, p + 0.1), k, dp, s, 0.2, 0.5, 0.1) >= v
                   && AllianceRules.JoinValue(2 * p, k, dp, s + 0.5, 0.2, 0.5, 0.1) >= v;
        });
    }
}
