using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Alliances;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Graded;

/// <summary>
/// Claims 4, 5 and 6 in the graded dynamics beyond single test points: claim 4 across the region where war is graded,
/// claim 5 fading as distinguishability rises, claim 6 growing as the perceived balance moves toward offense.
/// </summary>
public class AllianceClaimRegionTests(ITestOutputHelper output)
{
    private const int Replications = 200;

    /// <summary>The metric of replications 0..R-1 (seed r + 1), on all cores; each value lands in its own slot, so the result does not depend on the thread count.</summary>
    private static double[] Measure(Func<int, Scenario> world, Func<RunResult, double> metric, EngineConstants? constants = null) =>
        [.. Runs(world, constants ?? EngineConstants.Default).Select(metric)];

    private static RunResult[] Runs(Func<int, Scenario> world, EngineConstants constants) => Claims.Replications.Run(world, constants, Replications);

    [Fact]
    public void Jervis1976_FirmnessDetersAGreedyStateWhereverWarIsGraded()
    {
        // Claim 4 over a grid of balances and distinguishabilities: in every cell where the war rate against the greedy
        // state lies strictly between 0.05 and 0.95, firmness must not bring significantly more wars than conciliation,
        // and over those cells together it must bring fewer.
        double[] balances = [0.8, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0];
        double[] ds = [0.1, 0.3, 0.5, 0.7, 0.9];
        var graded = 0;
        var pooled = new List<double>();
        foreach (var balance in balances)
        {
            foreach (var d in ds)
            {
                Scenario World(int r, Policy policy) => WorldFamilies.Dyad(r, 71, balance, d, policy, Motive.Greedy, first: "Lagash", second: "Umma",
                    dynamics: Dynamics.Graded);
                var firm = Measure(r => World(r, Policy.Firmness), x => x.Metrics.WarCount);
                var conc = Measure(r => World(r, Policy.Conciliation), x => x.Metrics.WarCount);
                var warRate = firm.Count(w => w > 0) / (double)firm.Length; // a run with a war has WarCount > 0
                var effect = Estimate.Difference(conc, firm);
                var inRegion = warRate is > 0.05 and < 0.95;
                output.WriteLine($"theta={balance} d={d}: war rate (firm) {warRate:F2}{(inRegion ? " graded" : "")}; wars per run, conciliation - firmness = {effect}");
                if (!inRegion)
                {
                    continue;
                }

                graded++;
                pooled.AddRange(conc.Zip(firm, (c, f) => c - f));
                Assert.False(effect.BelowZero, $"theta={balance} d={d}: firmness brings more wars than conciliation against a greedy state: {effect}");
            }
        }

        var overall = Estimate.Mean([.. pooled]);
        output.WriteLine($"{graded} graded cells of {balances.Length * ds.Length}; pooled conciliation - firmness = {overall}");
        Assert.True(graded >= 5, "the grid should cross the region where war is graded");
        Assert.True(overall.AboveZero, $"over the graded region firmness should deter: {overall}");
    }

    [Fact]
    public void Jervis1976_MobilizationBackfireFadesAsDistinguishabilityRises()
    {
        // Claim 5 as a dose-response in its regulator: the rise in preemptive war that mobilization brings is largest when
        // forces cannot be told apart and vanishes when they can (a call-up of distinguishable defence alarms nobody).
        var none = EngineConstants.Default with
        {
            Alliances = AllianceConstants.Default with { MobilizationSurge = 0, MobilizationCost = 0, MobilizationAlarm = 0 },
        };
        double[] Arm(double d, EngineConstants constants) => Measure(r => WorldFamilies.Dyad(r, 73, 0.9, d, Policy.Firmness, Motive.SecuritySeeker,
            Policy.Firmness, "Ur", "Kish", dynamics: Dynamics.Graded), x => x.Metrics.PreemptiveWar ? 1 : 0, constants);
        var low = new List<double>();
        var lowStill = new List<double>();
        var effects = new List<Estimate>();
        foreach (var d in new[] { 0.0, 0.2, 0.5, 0.9 })
        {
            var mobilizing = Arm(d, EngineConstants.Default);
            var still = Arm(d, none);
            var effect = Estimate.Mean([.. mobilizing.Zip(still, (m, n) => m - n)]); // paired: same world and seed in both arms
            output.WriteLine($"theta=0.9 d={d}: P(preemptive war) mobilization {mobilizing.Average():F3}, none {still.Average():F3}; difference {effect}");
            effects.Add(effect);
            if (d < 0.5)
            {
                low.AddRange(mobilizing);
                lowStill.AddRange(still);
            }
        }

        var lowEffect = Estimate.Mean([.. low.Zip(lowStill, (m, n) => m - n)]);
        output.WriteLine($"d <= 0.2 pooled: difference {lowEffect}");
        Assert.True(lowEffect.AboveZero, $"at low distinguishability mobilization should backfire: {lowEffect}");
        Assert.True(effects[^1].Value < lowEffect.Value && effects[^1].Lower <= 0.0, $"at high distinguishability the backfire should vanish: {effects[^1]}");
    }

    [Fact]
    public void ChristensenSnyder1990_ChainGangingGrowsAndBuckPassingFallsAsPerceivedOffenseRises()
    {
        // Claim 6 as a dose-response in the perceived balance (the regulator): chain ganging should rise step by step as
        // leaders see offense more dominant, and the share of balancing decisions that pass the buck should fall step by
        // step. (How many such decisions arise also depends on the balance: under strong defense dominance fewer states feel
        // threatened at all, so the raw count of buck passing need not be monotone.)
        double[] perceived = [3.0, 1.5, 1.0, 0.5];
        var chain = new double[perceived.Length];
        var buck = new double[perceived.Length];
        var share = new double[perceived.Length];
        var shares = new double[perceived.Length][];
        for (var p = 0; p < perceived.Length; p++)
        {
            Scenario World(int r) => WorldFamilies.Multipolar(r, 75, 1.0, perceived[p], 5, true, "Power", Dynamics.Graded);
            var runs = Runs(World, EngineConstants.Default);
            var c = runs.Select(x => (double)x.Metrics.ChainGangEvents).ToArray();
            var b = runs.Select(x => (double)x.Metrics.BuckPassEvents).ToArray();
            var decisions = runs.Sum(x => x.Metrics.BalancingDecisions);
            share[p] = runs.Sum(x => x.Metrics.BuckPassYears) / (double)decisions;
            shares[p] = [.. runs.Where(x => x.Metrics.BalancingDecisions > 0).Select(x => x.Metrics.BuckPassYears / (double)x.Metrics.BalancingDecisions)];
            output.WriteLine($"perceived balance {perceived[p]}: chain ganging {Estimate.Mean(c)}, buck passing {Estimate.Mean(b)} episodes; " +
                $"{decisions / (double)Replications:F1} balancing decisions per run, {share[p]:F3} of them passed the buck (per run {Estimate.Mean(shares[p])})");
            chain[p] = c.Average();
            buck[p] = b.Average();
        }

        var fall = Estimate.Difference(shares[0], shares[^1]);
        output.WriteLine($"share passing the buck, perceived balance 3 - 0.5: {fall}");
        Assert.True(chain[^1] > chain[0] && buck[0] > buck[^1], "from defense to offense dominance chain ganging should rise and buck passing fall");
        Assert.True(fall.AboveZero, $"perceived defense dominance should bring a larger share of buck passing: {fall}");
        for (var p = 1; p < perceived.Length; p++)
        {
            Assert.True(chain[p] >= chain[p - 1] - 0.1, $"chain ganging should not fall as perceived offense rises ({perceived[p - 1]} -> {perceived[p]})");
            Assert.True(share[p] < share[p - 1], $"the share passing the buck should fall as perceived offense rises ({perceived[p - 1]} -> {perceived[p]}: {share[p - 1]:F3} -> {share[p]:F3})");
        }
    }
}
