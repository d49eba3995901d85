using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Claims;
using SecurityDilemma.Tests.Engine;
using SecurityDilemma.Tests.Scenarios;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Graded;

/// <summary>What the headers of the shipped graded worlds say they show, checked over 200 seeds each.</summary>
public class ShippedHeaderTests(ITestOutputHelper output)
{
    private static RunResult[] Runs(string file)
    {
        var scenario = ScenarioDocument.Load(RepoFiles.Path(Path.Combine("scenarios", file))).Build();
        return Replications.Run(k => scenario with { Seed = (ulong)k + 1 }, 200);
    }

    [Fact]
    public void Spiral_TrustFallsArmsRiseAboutHalfEndInTragicWarsThatComeLate()
    {
        var runs = Runs("spiral.yaml");
        var spiral = output.Report("spiral_index", Estimate.Mean(Replications.Spiral(runs)));
        var trust = output.Report("final mean trust", Estimate.Mean(Replications.FinalTrust(runs)));
        var war = output.Report("war rate", Replications.WarRate(runs));
        Assert.True(spiral.AboveZero);
        Assert.True(trust.Upper < 0.7);
        Assert.InRange(war.Value, 0.35, 0.75);
        Assert.All(runs.SelectMany(r => r.Wars), w => Assert.All(w.Motives.Values, m => Assert.Equal(Motive.SecuritySeeker, m)));
        var firsts = runs.Where(r => r.Metrics.FirstWarYear.HasValue).Select(r => r.Metrics.FirstWarYear!.Value).Order().ToList();
        output.WriteLine($"median first war year {firsts[firsts.Count / 2]}; share in years 1-5 {firsts.Count(y => y <= 5) / (double)firsts.Count:F3}");
        Assert.True(firsts[firsts.Count / 2] >= 10);
        Assert.True(firsts.Count(y => y <= 5) <= 0.3 * firsts.Count);
    }

    [Fact]
    public void Multipolar_WarsComeLateOnTheOpenPlainsAndRarelyInvolveTheIsland()
    {
        var runs = Runs("multipolar.yaml");
        var war = output.Report("war rate", Replications.WarRate(runs));
        Assert.InRange(war.Value, 0.35, 0.85);
        var wars = runs.SelectMany(r => r.Wars).ToList();
        var plains = new HashSet<string>(StringComparer.Ordinal) { "Planitia", "Centralia", "Orientia" };
        var onPlains = wars.Count(w => plains.Contains(w.Sides[0][0]) && plains.Contains(w.Sides[1][0]));
        var island = wars.Count(w => w.Sides.Any(side => side.Contains("Insula")));
        output.WriteLine($"{wars.Count} wars: {onPlains} between two plains states, {island} involving Insula");
        Assert.True(onPlains >= 0.9 * wars.Count);
        Assert.True(island <= 0.05 * wars.Count);
        var firsts = runs.Where(r => r.Metrics.FirstWarYear.HasValue).Select(r => r.Metrics.FirstWarYear!.Value).Order().ToList();
        output.WriteLine($"median first war year {firsts[firsts.Count / 2]}");
        Assert.True(firsts[firsts.Count / 2] >= 10);
    }

    [Fact]
    public void JervisFourWorlds_WarAndBurdenAreOrderedAndRestraintIsSeen()
    {
        var dd = Runs("jervis-doubly-dangerous.yaml");
        var aw = Runs("jervis-aggression-warning.yaml");
        var dc = Runs("jervis-dilemma-compatible.yaml");
        var ds = Runs("jervis-doubly-stable.yaml");
        foreach (var (name, runs) in new[] { ("doubly dangerous", dd), ("aggression warning", aw), ("dilemma compatible", dc), ("doubly stable", ds) })
        {
            output.Report($"{name}: war rate", Replications.WarRate(runs));
            output.Report($"{name}: burden", Estimate.Mean(Replications.Burden(runs)));
            output.Report($"{name}: final trust", Estimate.Mean(Replications.FinalTrust(runs)));
        }

        // Highest war frequency and burden in the doubly dangerous world, lowest in the doubly stable one, the two mixed
        // worlds between (war rates may tie at zero where war has vanished).
        static double Rate(RunResult[] r) => Replications.WarRate(r).Value;
        Assert.True(Estimate.Difference(Replications.Wars(dd), Replications.Wars(aw)).AboveZero);
        Assert.True(Estimate.Difference(Replications.Wars(dd), Replications.Wars(dc)).AboveZero);
        Assert.True(Rate(ds) <= Rate(aw) && Rate(ds) <= Rate(dc));
        Assert.True(Estimate.Difference(Replications.Burden(dd), Replications.Burden(aw)).AboveZero);
        Assert.True(Estimate.Difference(Replications.Burden(dd), Replications.Burden(dc)).AboveZero);
        Assert.True(Estimate.Difference(Replications.Burden(aw), Replications.Burden(ds)).AboveZero);
        Assert.True(Estimate.Difference(Replications.Burden(dc), Replications.Burden(ds)).AboveZero);

        // Aggression warning: trust stays higher than in the doubly dangerous world because restraint is seen.
        Assert.True(Estimate.Difference(Replications.FinalTrust(aw), Replications.FinalTrust(dd)).AboveZero);

        // Doubly dangerous: trust falls fast and the wars are tragic (security seekers only); doubly stable: trust rises
        // and arms are cut.
        Assert.True(Estimate.Mean(Replications.FinalTrust(dd)).Upper < 0.7);
        Assert.All(dd.SelectMany(r => r.Wars), w => Assert.All(w.Motives.Values, m => Assert.Equal(Motive.SecuritySeeker, m)));
        Assert.True(Estimate.Mean(Replications.FinalTrust(ds)).Lower > 0.7);
        Assert.True(Estimate.Mean(Replications.Spiral(ds)).BelowZero);
    }

    [Fact]
    public void GreedyVsSeeker_TheGreedyStateStartsTheWarsAndIsSeenForWhatItIs()
    {
        var scenario = ScenarioDocument.Load(RepoFiles.Path(Path.Combine("scenarios", "greedy-vs-seeker.yaml"))).Build();
        var recorded = Replications.Run(k => scenario with { Seed = (ulong)k + 1 }, _ => new SeriesRecorder(), 200);
        var runs = recorded.Select(r => r.Result).ToArray();
        var wars = runs.SelectMany(r => r.Wars).ToList();
        var byGreedy = wars.Count(w => w.Initiator == "Conquest");
        output.WriteLine($"{wars.Count} wars, {byGreedy} started by Conquest; tragic in {runs.Count(r => r.Metrics.TragicWar)} runs");
        Assert.True(wars.Count > 0);
        Assert.InRange((double)byGreedy / wars.Count, 0.55, 0.8); // "about two in three"
        Assert.DoesNotContain(runs, r => r.Metrics.TragicWar);

        // Claim 4 as the header suggests trying it (balance 2): firmness brings fewer wars against the greedy state than conciliation.
        double[] Wars(Policy policy) => [.. Enumerable.Range(0, 200).Select(k => (double)Simulation.Run(
            scenario with
            {
                Seed = (ulong)k + 1,
                Technology = scenario.Technology with { OffenseDefenseBalance = 2.0 },
                States = [scenario.States[0], scenario.States[1] with { Policy = policy }],
            }, (ulong)k + 1).Metrics.WarCount)];
        var firmness = output.Report("wars per run, conciliation - firmness (paired seeds)",
            Estimate.Mean([.. Wars(Policy.Conciliation).Zip(Wars(Policy.Firmness), (c, f) => c - f)]));
        Assert.True(firmness.AboveZero);
        var trust = output.Report("Hearth's final trust in Conquest", Estimate.Mean(recorded.Select(r => r.Series!.TrustAt(r.Result.Years, 1, 0))));
        Assert.True(trust.Upper < 0.7, "the security seeker's trust in the greedy state falls from its prior 0.7");
    }
}
