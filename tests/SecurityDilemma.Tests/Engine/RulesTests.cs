using MathNet.Numerics.Distributions;
using SecurityDilemma.Engine;
using SecurityDilemma.Engine.Components;
using SecurityDilemma.Models.Combat;
using SecurityDilemma.Models.Trust;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Engine;

/// <summary>Known answers for the formal pieces exactly as the engine uses them.</summary>
public class RulesTests
{
    private static readonly EngineConstants K = EngineConstants.Default;

    [Theory]
    [InlineData(10, 10, 1)]
    [InlineData(30, 10, 3)]
    [InlineData(7.5, 2.25, 0.4)]
    [InlineData(0, 5, 2)]
    [InlineData(0, 0, 1)]
    public void Tullock1980_EngineContestIsTheLibraryContestWithDecisivenessOne(double attack, double defense, double balance)
    {
        // Tullock (1980) with the Glaser-Kaufmann balance: p = a / (a + theta d); the engine's hot path must agree with the library.
        Assert.Equal(ContestSuccess.WinProbability(attack, defense, balance, 1.0), Contest.WinProbability(attack, defense, balance), 12);
    }

    [Fact]
    public void GlaserKaufmann1998_ThreeToOneRuleOnABorderAsTheEngineBuildsIt()
    {
        // Glaser & Kaufmann (1998): theta = 3 means an attacker needs three units per defending unit for even odds.
        // The engine's balance on a border is the leader's balance times the border's defensibility: 1.5 * 2 = 3.
        var scenario = new Scenario
        {
            Name = "border",
            Technology = new Technology { OffenseDefenseBalance = 1.5, Distinguishability = 0.5 },
            States = [new StateSpec { Name = "Hills" }, new StateSpec { Name = "Plain", PerceivedOffenseDefenseBalance = 0.75 }],
            Borders = [new BorderSpec { A = "Hills", B = "Plain", Defensibility = 2 }],
        };
        var world = new World(scenario, 1, K);
        Assert.Equal(3.0, world.Beliefs.BalancePerceived[0], 12);
        Assert.Equal(1.5, world.Beliefs.BalancePerceived[1], 12); // the Plain's leader perceives 0.75, times 2
        Assert.Equal(0.5, Contest.WinProbability(30, 10, world.Beliefs.BalancePerceived[0]), 12);
        Assert.Equal(3.0, ContestSuccess.RequiredForceRatio(0.5, world.Beliefs.BalancePerceived[0]), 12);
        Assert.True(Contest.WinProbability(29, 10, 3) < 0.5 && Contest.WinProbability(31, 10, 3) > 0.5);
    }

    [Theory]
    [InlineData(10.0, 0.9, 0.2, 0.5)]
    [InlineData(3.0, 0.5, 0.2, 2.0)]
    [InlineData(50.0, 0.3, 0.25, 1.0)]
    public void RequiredDefenseBringsThreatExactlyToTolerance(double apparentAttack, double danger, double tolerance, double balance)
    {
        // The security seeker's requirement inverts the contest: danger * A / (A + theta DS) = t at the required DS.
        var ds = Rules.RequiredDefense(apparentAttack, danger, tolerance, 1.0 / (tolerance * balance));
        Assert.Equal(tolerance, danger * Contest.WinProbability(apparentAttack, ds, balance), 10);
        Assert.Equal(0.0, Rules.RequiredDefense(apparentAttack, tolerance * 0.99, tolerance, 1.0 / (tolerance * balance)));
    }

    [Theory]
    [InlineData(0.004)]
    [InlineData(0.025)]
    [InlineData(0.05)]
    public void Kydd2005_EvidenceIsTheLogRatioOfTheTypesLikelihoods(double signal)
    {
        // Kydd (2005): mu' = mu s_S / (mu s_S + (1 - mu) s_G). In log-odds this is adding ln(s_S / s_G).
        var sS = Normal.PDF(K.SignalMeanSecuritySeeker, K.SignalSd, signal);
        var sG = Normal.PDF(K.SignalMeanGreedy, K.SignalSd, signal);
        var slope = (K.SignalMeanGreedy - K.SignalMeanSecuritySeeker) / (K.SignalSd * K.SignalSd);
        var mid = 0.5 * (K.SignalMeanGreedy + K.SignalMeanSecuritySeeker);
        Assert.Equal(Math.Log(sS / sG), Rules.Evidence(signal, slope, mid), 10);
        foreach (var prior in new[] { 0.1, 0.5, 0.9 })
        {
            var engine = Beliefs.TrustOf(Beliefs.LogOddsOf(prior) + Rules.Evidence(signal, slope, mid));
            Assert.Equal(BayesianTrust.Update(prior, sS, sG), engine, 12);
        }
    }

    [Fact]
    public void Kydd2005_FirstYearTrustInARunIsBayesRuleOnTheObservedProcurement()
    {
        // With no noise, no bias and no routine, what Athens believes of Sparta after year 1 is one Bayes update on
        // Sparta's apparent offensive procurement: (delta O + a delta D) / Y with a = psi + (1 - psi)(1 - d).
        const double d = 0.5;
        // The classic dynamics' fixed type expectations (the graded likelihoods in the observed state's position are tested in Graded/).
        var scenario = TestWorlds.Pair(1.0, d, priorTrust: 0.4, noise: 0.0, years: 1) with { Dynamics = Dynamics.Classic };
        var series = new SeriesRecorder();
        Simulation.Run(scenario, 7, series);
        var a = K.DefenseAsOffense + ((1 - K.DefenseAsOffense) * (1 - d));
        var sparta = scenario.States[1];
        var signal = ((K.Depreciation * sparta.Offense) + (a * K.Depreciation * sparta.Defense)) / sparta.Resources;
        var expected = BayesianTrust.Update(0.4, Normal.PDF(K.SignalMeanSecuritySeeker, K.SignalSd, signal), Normal.PDF(K.SignalMeanGreedy, K.SignalSd, signal));
        Assert.Equal(expected, series.TrustAt(1, 0, 1), 12);
    }

    [Fact]
    public void Jervis1978_AtZeroDistinguishabilityDefensiveForcesLookOffensive()
    {
        // Jervis (1978): when offensive and defensive weapons cannot be told apart, a defensive posture reads like an offensive one.
        double TrustInDefender(double d, double offense, double defense)
        {
            var s = TestWorlds.Pair(1.0, d, noise: 0.0, years: 1);
            s = s with { Dynamics = Dynamics.Classic, States = [s.States[0], s.States[1] with { Offense = offense, Defense = defense }] };
            var series = new SeriesRecorder();
            Simulation.Run(s, 3, series);
            return series.TrustAt(1, 0, 1);
        }

        Assert.Equal(TrustInDefender(0.0, 12, 0), TrustInDefender(0.0, 0, 12), 12);
        Assert.True(TrustInDefender(1.0, 0, 12) > TrustInDefender(1.0, 12, 0) + 0.02);
    }

    [Fact]
    public void Fearon1995_PreemptionWhenFirstStrikeAdvantageExceedsCostsOfWar()
    {
        // Fearon (1995): p_f = 0.7, p_s = 0.4, c_A = c_B = 0.1: 0.3 > 0.2, no self-enforcing peace; the engine strikes
        // when certain the other will strike, but not when that is only a coin toss (0.5 * 0.3 = 0.15 <= 0.2).
        Assert.True(Rules.PreemptionPays(0.7, 0.4, 1.0, 0.1, 0.1));
        Assert.False(Rules.PreemptionPays(0.7, 0.4, 0.5, 0.1, 0.1));
        Assert.False(Rules.PreemptionPays(0.7, 0.4, 1.0, 0.2, 0.1));
        Assert.False(Rules.PreemptionPays(0.6, 0.4, 1.0, 0.1, 0.1)); // 0.2 <= 0.2: peace holds at the boundary
    }

    [Theory]
    [InlineData(0.1, 3.0, 2.0)]
    [InlineData(0.5, 1.0, 1.5)]
    public void Fearon1995_GreedyAttackValueWeighsConquestAgainstLossAndCost(double p, double ratio, double value)
    {
        // Expected value of war per unit of own resources: p tau v ratio - (1 - p) tau - c (Fearon 1995; ours for tau, v).
        var expected = (p * 0.3 * value * ratio) - ((1 - p) * 0.3) - 0.1;
        Assert.Equal(expected, Rules.AttackValue(p, ratio, 0.3, value, 0.1), 12);
    }

    [Fact]
    public void SpiralIndexIsPositiveForArmsUpTrustDownNegativeForTheReverseZeroWhenMixed()
    {
        Assert.Equal(Math.Sqrt(0.5 * 0.6), SpiralIndex.Of(1, 3, 0.8, 0.2), 12);
        Assert.Equal(-Math.Sqrt(0.5 * 0.6), SpiralIndex.Of(3, 1, 0.2, 0.8), 12);
        Assert.Equal(0.0, SpiralIndex.Of(1, 3, 0.2, 0.8));
        Assert.Equal(1.0, SpiralIndex.Of(0, 5, 1.0, 0.0), 12);
    }

    [Fact]
    public void RowPassesNeverWriteThePaddingPastTheLastDyad()
    {
        // The vector passes run four dyads at a time over rows of any length (rows of 5 and of 1 here); lanes past a row
        // are masked, so the padding after the last dyad must stay untouched.
        foreach (var scenario in new[] { WorldFamilies.Generate(1, new WorldFamily { States = 6, Years = 30, NamePrefix = "P", Seed = 11, Dynamics = Dynamics.Classic }, 0.5, 0.1), TestWorlds.Pair(0.5, 0.1) })
        {
            var world = new World(scenario, 3, K);
            for (var year = 1; year <= 30; year++)
            {
                world.Step(year, null);
            }

            for (var e = world.Topology.M; e < world.Topology.M + Topology.Lanes; e++)
            {
                Assert.Equal(0.0, world.Beliefs.LogOdds[e]);
                Assert.Equal(0.0, world.Assessments.EdgeThreat[e]);
                Assert.False(world.Crises.Next[e]);
                Assert.False(world.Crises.Now[e]);
            }
        }
    }
}

