using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Alliances;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Claims;

/// <summary>
/// THEORY.md section 4, claims 4, 5 and 6: each over at least 200 seeded replications of a family of worlds built here
/// (names and parameters other than the shipped scenarios'), printing the effect and its 95% CI, failing if it does not hold.
/// </summary>
public class AllianceClaimsTests(ITestOutputHelper output)
{
    private const int Replications = 300;

    private static double[] Measure(int n, Func<int, Scenario> world, Func<RunResult, double> metric, EngineConstants? constants = null)
    {
        // Each replication lands in its own slot, so the values do not depend on the thread count.
        var values = new double[n];
        Parallel.For(0, n, r => values[r] = metric(Simulation.Run(world(r), (ulong)(r + 1), constants ?? EngineConstants.Default)));
        return values;
    }

    [Theory]
    [InlineData(0.5, 0.5, 41UL, "Athens", "Melos", false, 0.5, 0.5)]
    [InlineData(0.6, 0.3, 43UL, "Lagash", "Umma", false, 0.6, 0.3)]
    [InlineData(0.8, 0.3, 45UL, "Athens", "Melos", true, 2.0, 0.3)]
    [InlineData(0.8, 0.1, 47UL, "Lagash", "Umma", true, 1.5, 0.7)]
    public void Jervis1976_ConciliationCalmsASecuritySeekerFirmnessDetersAGreedyState(double balance, double d, ulong family, string first, string second, bool graded,
        double greedyBalance, double greedyD)
    {
        // Claim 4 (Jervis 1976, ch. 3): the spiral model's prescription (conciliation) is right against a security seeker,
        // the deterrence model's (firmness) against a greedy state. The first state's policy varies; the other decides by utility.
        // In the graded dynamics each half is tested where war with that type is graded (war with a greedy state is
        // near-certain where security seekers still fight, so the greedy half has its own point).
        double[] Wars(Policy policy, Motive other) => Measure(Replications,
            r => other == Motive.Greedy
                ? WorldFamilies.Dyad(r, family, greedyBalance, greedyD, policy, other, first: first, second: second, dynamics: graded ? Dynamics.Graded : Dynamics.Classic)
                : WorldFamilies.Dyad(r, family, balance, d, policy, other, first: first, second: second, dynamics: graded ? Dynamics.Graded : Dynamics.Classic),
            x => x.Metrics.WarCount);

        var seekerFirm = Wars(Policy.Firmness, Motive.SecuritySeeker);
        var seekerConc = Wars(Policy.Conciliation, Motive.SecuritySeeker);
        var greedyFirm = Wars(Policy.Firmness, Motive.Greedy);
        var greedyConc = Wars(Policy.Conciliation, Motive.Greedy);
        var againstSeeker = Estimate.Difference(seekerFirm, seekerConc);
        var againstGreedy = Estimate.Difference(greedyConc, greedyFirm);
        output.WriteLine($"theta={balance} d={d} (greedy state: theta={greedyBalance} d={greedyD}), {Replications} replications per arm; wars per run:");
        output.WriteLine($"  vs security seeker: firmness {seekerFirm.Average():F3}, conciliation {seekerConc.Average():F3}; firmness - conciliation = {againstSeeker}");
        output.WriteLine($"  vs greedy state:    conciliation {greedyConc.Average():F3}, firmness {greedyFirm.Average():F3}; conciliation - firmness = {againstGreedy}");
        Assert.True(againstSeeker.AboveZero, $"against a security seeker conciliation should bring fewer wars than firmness: {againstSeeker}");
        Assert.True(againstGreedy.AboveZero, $"against a greedy state firmness should bring fewer wars than conciliation: {againstGreedy}");
    }

    [Theory]
    [InlineData(0.66, 0.2, 51UL, "Thebes", "Argos", false)]
    [InlineData(0.68, 0.1, 53UL, "Ur", "Kish", false)]
    [InlineData(0.9, 0.2, 55UL, "Thebes", "Argos", true)]
    [InlineData(1.0, 0.0, 57UL, "Ur", "Kish", true)]
    public void Jervis1976_MobilizationBackfiresUnderLowDistinguishabilityAndOffenseDominance(double balance, double d, ulong family, string first, string second, bool graded)
    {
        // Claim 5 (Jervis 1976, ch. 3; Schelling 1966; Fearon 1995 on first-strike advantage): two security seekers who
        // both stand firm in crises. With mobilization (immediate deterrence) the call-up is read as preparation for attack
        // and raises the rival's first-strike advantage, so preemptive war is likelier than in the same worlds without
        // mobilization (its surge, cost and alarm set to 0).
        var none = EngineConstants.Default with
        {
            Alliances = AllianceConstants.Default with { MobilizationSurge = 0, MobilizationCost = 0, MobilizationAlarm = 0 },
        };
        Scenario World(int r) => WorldFamilies.Dyad(r, family, balance, d, Policy.Firmness, Motive.SecuritySeeker, Policy.Firmness, first, second,
            dynamics: graded ? Dynamics.Graded : Dynamics.Classic);
        var mobilizing = Measure(Replications, World, x => x.Metrics.PreemptiveWar ? 1 : 0);
        var still = Measure(Replications, World, x => x.Metrics.PreemptiveWar ? 1 : 0, none);
        var backfires = Measure(Replications, World, x => x.Metrics.BackfireEvents);
        // Replication r has the same world and seed in both arms (common random numbers), so the difference is paired.
        var effect = Estimate.Mean([.. mobilizing.Zip(still, (m, n) => m - n)]);
        output.WriteLine($"theta={balance} d={d}, {Replications} replications per arm");
        output.WriteLine($"  P(preemptive war): mobilization {Estimate.Proportion((int)mobilizing.Sum(), Replications)}, none {Estimate.Proportion((int)still.Sum(), Replications)}");
        output.WriteLine($"  difference {effect}; deterrence backfire events per run {Estimate.Mean(backfires)}");
        Assert.True(effect.AboveZero, $"mobilization should raise the chance of preemptive war: {effect}");
        Assert.True(backfires.Average() > 0, "mobilization under low distinguishability should be read as preparation for attack at least sometimes");
    }

    [Theory]
    [InlineData(1.0, 0.5, 3.0, 5, true, 61UL, "Power", false)]
    [InlineData(1.2, 0.5, 2.5, 6, false, 63UL, "Realm", false)]
    [InlineData(1.0, 0.5, 3.0, 5, true, 65UL, "Power", true)]
    [InlineData(1.2, 0.6, 2.0, 6, false, 67UL, "Realm", true)]
    public void ChristensenSnyder1990_OffenseChainGangsDefenseBuckPassesBipolarityNeither(double actual, double offense, double defense, int powers, bool revisionist, ulong family, string prefix, bool graded)
    {
        // Claim 6 (Christensen & Snyder 1990; Waltz 1979): in a multipolar world perceived offense dominance brings chain
        // ganging and perceived defense dominance buck passing; a bipolar world shows little of either.
        var dyn = graded ? Dynamics.Graded : Dynamics.Classic;
        double[] Run(bool multipolar, double perceived, Func<RunResult, double> metric) => Measure(Replications,
            r => multipolar
                ? WorldFamilies.Multipolar(r, family, actual, perceived, powers, revisionist, prefix, dyn)
                : WorldFamilies.Bipolar(r, family, actual, perceived, revisionist, prefix, dyn),
            metric);

        static double Chain(RunResult x) => x.Metrics.ChainGangEvents;
        static double Buck(RunResult x) => x.Metrics.BuckPassEvents;

        // The claim is about great powers (Christensen & Snyder 1990): the chain-ganging events (counted alike for every
        // ally) whose joiner has at least half the resources of the largest state at the start.
        double[] GreatPowerChains(bool multipolar, double perceived) => [.. Enumerable.Range(0, Replications).Select(r =>
        {
            var world = multipolar
                ? WorldFamilies.Multipolar(r, family, actual, perceived, powers, revisionist, prefix, dyn)
                : WorldFamilies.Bipolar(r, family, actual, perceived, revisionist, prefix, dyn);
            var log = new EventLog();
            Simulation.Run(world, (ulong)(r + 1), log);
            var largest = world.States.Max(x => x.Resources);
            return (double)log.Events.Count(e => e.Kind == EventKind.ChainGang && world.States[e.States[0]].Resources >= 0.5 * largest);
        })];

        var chainOffense = GreatPowerChains(true, offense);
        var chainDefense = GreatPowerChains(true, defense);
        var buckOffense = Run(true, offense, Buck);
        var buckDefense = Run(true, defense, Buck);
        var chainBipolar = GreatPowerChains(false, offense);
        var buckBipolar = Run(false, defense, Buck);
        output.WriteLine($"  chain ganging by every ally (minor ones included): multipolar offense {Estimate.Mean(Run(true, offense, Chain))}, bipolar offense {Estimate.Mean(Run(false, offense, Chain))}");

        var chain = Estimate.Difference(chainOffense, chainDefense);
        var buck = Estimate.Difference(buckDefense, buckOffense);
        var chainVsBipolar = Estimate.Difference(chainOffense, chainBipolar);
        var buckVsBipolar = Estimate.Difference(buckDefense, buckBipolar);
        output.WriteLine($"actual balance {actual}, perceived offense {offense} / defense {defense}, {powers} powers, {Replications} replications per arm; events per run:");
        output.WriteLine($"  multipolar chain ganging by great powers: offense {Estimate.Mean(chainOffense)}, defense {Estimate.Mean(chainDefense)}; difference {chain}");
        output.WriteLine($"  multipolar buck passing:  defense {Estimate.Mean(buckDefense)}, offense {Estimate.Mean(buckOffense)}; difference {buck}");
        output.WriteLine($"  bipolar: chain ganging (offense) {Estimate.Mean(chainBipolar)}, buck passing (defense) {Estimate.Mean(buckBipolar)}");
        output.WriteLine($"  multipolar - bipolar: chain ganging {chainVsBipolar}, buck passing {buckVsBipolar}");
        Assert.True(chain.AboveZero, $"perceived offense dominance should bring more chain ganging: {chain}");
        Assert.True(buck.AboveZero, $"perceived defense dominance should bring more buck passing: {buck}");
        Assert.True(chainVsBipolar.AboveZero, $"a bipolar world should show less chain ganging: {chainVsBipolar}");
        Assert.True(buckVsBipolar.AboveZero, $"a bipolar world should show less buck passing: {buckVsBipolar}");
    }
}
