using System.Runtime.Intrinsics;
using SecurityDilemma.Engine;
using SecurityDilemma.Models.Bargaining;

namespace SecurityDilemma.Tests.Graded;

/// <summary>Hand-computed cases for the rules of the graded dynamics, exactly as the engine calls them.</summary>
public class GradedRulesTests
{
    private static TypeModel Model(double empathy, double securityShare, double apparentWeight, double ownDefenseTimesOdds) => new()
    {
        Empathy = Vector256.Create(empathy),
        Adjustment = Vector256.Create(0.25),
        Decay = Vector256.Create(0.9),
        MaxBurden = Vector256.Create(0.25),
        OffenseAsDefense = Vector256.Create(0.5),
        DefenseAsOffense = Vector256.Create(0.25),
        InvStrengthPerUnit = Vector256.Create(1.0 / (1.0 - securityShare + (0.5 * securityShare))),
        SecurityApparentShare = Vector256.Create(securityShare + (apparentWeight * (1.0 - securityShare))),
        GreedyApparentShare = Vector256.Create(0.8 + (apparentWeight * 0.2)),
        OwnDefenseTimesOdds = Vector256.Create(ownDefenseTimesOdds),
        InvVariance = Vector256.Create(1.0 / (0.04 * 0.04)),
    };

    [Fact]
    public void Kydd2005_TypeSignalsByHand()
    {
        // Observed state: O = 10, D = 10, Y = 100 (DS = 15, AS = 12.5). Its requirement was 40, 20 without the observer's threat.
        // Security share o_S = 0.2 (strength per unit 0.9), apparent weight a = 0.5, observer's DS * odds = 15, balance 1.
        // Empathy 0: R^ = 20; s_S = 0.25 (20 - 13.5) / 0.9 / 100 = 0.0180556; m_S = s_S (0.2 + 0.5 * 0.8) = 0.0108333.
        // Greedy extra x = 0.25 (15 - 0.9 * 12.5) / 100 = 0.009375; m_G = s_S (0.8 + 0.1) + x = 0.0256250.
        var (s0, g0) = Rules.TypeSignals(10, 10, 0.01, 40, 20, 1.0, Model(0.0, 0.2, 0.5, 15));
        Assert.Equal(0.25 * 6.5 / 0.9 / 100 * 0.6, s0, 12);
        Assert.Equal((0.25 * 6.5 / 0.9 / 100 * 0.9) + 0.009375, g0, 12);

        // Empathy 1: R^ = 40, s_S = 0.25 * 26.5 / 0.9 / 100 = 0.0736111: the observer expects far more arming from a fearful state.
        var (s1, _) = Rules.TypeSignals(10, 10, 0.01, 40, 20, 1.0, Model(1.0, 0.2, 0.5, 15));
        Assert.Equal(0.25 * 26.5 / 0.9 / 100 * 0.6, s1, 12);
        Assert.True(s1 > s0);
    }

    [Fact]
    public void Kydd2005_EvidenceWithPositionMeansIsTheLikelihoodRatio()
    {
        // ln N(s; m_S, sd) - ln N(s; m_G, sd) for m_S = 0.01, m_G = 0.03, sd = 0.04 at s = 0.025.
        var ratio = MathNet.Numerics.Distributions.Normal.PDFLn(0.01, 0.04, 0.025) - MathNet.Numerics.Distributions.Normal.PDFLn(0.03, 0.04, 0.025);
        var llr = Rules.Evidence(Vector256.Create(0.025), Vector256.Create(0.01), Vector256.Create(0.03), Vector256.Create(1.0 / 0.0016)).ToScalar();
        Assert.Equal(ratio, llr, 12);
    }

    [Theory]
    [InlineData(0.02, 0.02, 0.18, 0.08)]
    [InlineData(0.1, 0.02, 0.18, 0.04)]
    [InlineData(0.18, 0.02, 0.18, 0.02)]
    public void Fearon1995_RiskReturnDemandMargin(double ownCost, double low, double high, double expected)
    {
        // u* = (H - c_A) / 2 clamped to [L, H]: with c_B uniform on [0.02, 0.18] and c_A = 0.1, u* = 0.04 and the target fights
        // with probability (0.04 - 0.02) / 0.16 = 1/8.
        Assert.Equal(expected, Rules.OptimalDemandMargin(ownCost, low, high), 12);

        // u* maximizes the challenger's expected value (p + u) P(c_B >= u) + (p - c_A) P(c_B < u) over a fine grid.
        double Value(double u) => ((0.5 + u) * (high - u) / (high - low)) + ((0.5 - ownCost) * (u - low) / (high - low));
        var best = Enumerable.Range(0, 1601).Select(k => low + ((high - low) * k / 1600.0)).MaxBy(Value);
        Assert.Equal(expected, best, 3);
    }

    [Theory]
    [InlineData(0.7, 0.4, 0.1, 0.9)]
    [InlineData(0.6, 0.55, 0.1, 0.9)]
    [InlineData(0.8, 0.3, 0.05, 0.5)]
    public void Powell2006_PreventiveMarginAgreesWithTheLibrary(double now, double later, double cost, double discount)
    {
        // The engine's allocation-free margin is positive exactly when the library's assessment says the declining state fights.
        var margin = Rules.PreventiveMargin(now, later, cost, discount);
        var library = PreventiveWar.Assess(now, later, cost, discount);
        Assert.Equal(library.DecliningStateFights, margin > 0);
        Assert.Equal(library.PowerShift - library.TransferableSurplus, margin, 12);
    }

    [Fact]
    public void Fearon1995_DrawnCostsSpanTheStatedRange()
    {
        Assert.Equal(0.02, Rules.DrawnCost(0.1, 0.8, 0.0), 12);
        Assert.Equal(0.1, Rules.DrawnCost(0.1, 0.8, 0.5), 12);
        Assert.Equal(0.18, Rules.DrawnCost(0.1, 0.8, 1.0), 12);
        Assert.Equal(0.1, Rules.DrawnCost(0.1, 0.0, 0.93), 12);
    }

    [Fact]
    public void WorstCaseBiasRaisesTheOddsOfAHarmByTheShift()
    {
        // q = 0.19 (an enforcer that protects 90% of the time at strength 0.9), shift 3 * 0.8 = 2.4:
        // odds 0.19/0.81 = 0.234568 times e^2.4 = 11.023176 give 2.585684, so q' = 2.585684 / 3.585684 = 0.721113.
        Assert.Equal(0.721113, Rules.Pessimistic(0.19, 2.4), 5);
        Assert.Equal(0.19, Rules.Pessimistic(0.19, 0.0), 12);
        Assert.Equal(1.0, Rules.Pessimistic(1.0, 2.4), 12); // no enforcer: fully exposed whatever the bias
    }

    [Fact]
    public void AnAllysFallCostsMoreUnderPerceivedOffenseDominance()
    {
        // Victor attack 10, resources 100, ally resources 50, own defence 10, tau 0.3: the victor grows to 10 * 1.15 = 11.5.
        // theta 0.5: 0.3 * 11.5 / (11.5 + 5) = 0.209091; theta 3: 0.3 * 11.5 / (11.5 + 30) = 0.083133.
        Assert.Equal(0.209091, AllianceRules.LaterLoss(10, 100, 50, 10, 0.5, 0.3), 5);
        Assert.Equal(0.083133, AllianceRules.LaterLoss(10, 100, 50, 10, 3.0, 0.3), 5);

        // Expected join value W c (dp (S + L) + R D) - cost = 1 * 0.7 * (0.2 * (0.3 + 0.209091) + 0.2 * 0.5) - 0.1 = 0.041273.
        Assert.Equal(0.041273, AllianceRules.ExpectedJoinValue(1.0, 0.7, 0.2, 0.3, 0.209091, 0.2, 0.5, 0.1), 5);
        // With the defense-dominant later loss joining is worth less: 0.7 * (0.2 * 0.383133 + 0.1) - 0.1 = 0.023639.
        Assert.Equal(0.023639, AllianceRules.ExpectedJoinValue(1.0, 0.7, 0.2, 0.3, 0.083133, 0.2, 0.5, 0.1), 5);

        // Expected commitment min(1, c L / (tau / 2)): 0.6 * 0.209091 / 0.15 = 0.836364; 0.6 * 0.083133 / 0.15 = 0.332530.
        Assert.Equal(0.836364, AllianceRules.ExpectedCommitment(0.6, 0.209091, 0.3), 5);
        Assert.Equal(0.332530, AllianceRules.ExpectedCommitment(0.6, 0.083133, 0.3), 5);
        Assert.Equal(1.0, AllianceRules.ExpectedCommitment(0.9, 0.3, 0.3), 12);
    }

    [Theory]
    [InlineData(1.0, 1.0, 0.35)]
    [InlineData(0.5, 1.0, 0.70)] // offense dominance: twice as decisive
    [InlineData(3.0, 1.0, 0.35 / 3.0)]
    [InlineData(0.2, 1.0, 0.95)] // 1.75, kept below certainty
    [InlineData(10.0, 1.0, 0.05)] // 0.035, kept above never
    [InlineData(4.0, 0.5, 0.175)] // 0.35 / sqrt(4)
    [InlineData(3.0, 0.0, 0.35)] // gamma = 0: the classic constant
    public void VanEvera1998_DecisivenessByHand(double balance, double elasticity, double expected) =>
        Assert.Equal(expected, Rules.Decisiveness(balance, 0.35, elasticity), 12);

    [Fact]
    public void ChristensenSnyder1990_BuckPassingByExpectedValueByHand()
    {
        // lambda 2.25, W 1, catcher holds out alone with h = 0.4, later loss L = 0.2, war year cost c = 0.05, settlement s = 0.2.
        // Offense dominance, d = 0.7: risk 2.25 * 0.7 * 0.6 * 0.2 = 0.189 against the war saved 0.05 / (0.7 + 0.3 * 0.2) = 0.0658: balance.
        Assert.False(AllianceRules.PassesBuckByExpectedValue(2.25, 1.0, 0.7, 0.2, 0.4, 0.2, 0.05));
        // Defense dominance, d = 0.175: risk 2.25 * 0.175 * 0.6 * 0.2 = 0.04725 against 0.05 / (0.175 + 0.825 * 0.2) = 0.147: pass.
        Assert.True(AllianceRules.PassesBuckByExpectedValue(2.25, 1.0, 0.175, 0.2, 0.4, 0.2, 0.05));
        // At the boundary: risk times the war's hazard equals c. d = 0.5, hazard 0.6, so L with 2.25 * 0.5 * 0.6 * L * 0.6 = 0.05, L = 0.123457:
        // a slightly smaller loss passes, a slightly larger one balances.
        Assert.True(AllianceRules.PassesBuckByExpectedValue(2.25, 1.0, 0.5, 0.2, 0.4, 0.1234, 0.05));
        Assert.False(AllianceRules.PassesBuckByExpectedValue(2.25, 1.0, 0.5, 0.2, 0.4, 0.1235, 0.05));
        // A readier ally (W = 1.6) balances where a reluctant one (W = 0.4) passes.
        Assert.False(AllianceRules.PassesBuckByExpectedValue(2.25, 1.6, 0.35, 0.2, 0.4, 0.2, 0.05)); // 0.1512 * 0.48 = 0.0726
        Assert.True(AllianceRules.PassesBuckByExpectedValue(2.25, 0.4, 0.35, 0.2, 0.4, 0.2, 0.05)); // 0.0378 * 0.48 = 0.0181
    }
}
