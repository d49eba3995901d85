using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Claims;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Graded;

/// <summary>
/// The speed of war in the graded dynamics (Van Evera 1998): a war year's decisiveness follows the balance, and through the
/// speed of war the perceived balance decides buck passing (Christensen &amp; Snyder 1990). Each effect fades when the speed of
/// war no longer depends on the balance (elasticity gamma = 0).
/// </summary>
public class SpeedOfWarTests(ITestOutputHelper output)
{
    private const int Seeds = 200;

    private static readonly EngineConstants Flat = EngineConstants.Default with { DecisivenessElasticity = 0.0 };

    private static RunResult[] Runs(Func<int, Scenario> world, EngineConstants constants) => Replications.Run(world, constants, Seeds);

    [Fact]
    public void VanEvera1998_WarsAreShortUnderOffenseDominanceAndLongUnderDefenseDominance()
    {
        // Greedy state against a security seeker at an offense-dominant and a defense-dominant balance: the mean length of
        // the wars that ended. With gamma = 0 the gap shrinks: what remains comes from attrition and settlement.
        double[] Lengths(double balance, EngineConstants constants) => [.. Runs(r => WorldFamilies.Dyad(r, 81, balance, 0.3, Policy.Utility, Motive.Greedy,
            first: "Elam", second: "Susa"), constants).SelectMany(x => x.Wars).Where(w => w.End is not null).Select(w => (double)(w.End!.Value - w.Start + 1))];
        Estimate Gap(EngineConstants constants, string label)
        {
            var offense = Lengths(0.6, constants);
            var defense = Lengths(1.6, constants);
            var gap = Estimate.Difference(defense, offense);
            output.WriteLine($"{label}: mean war length at balance 1.6 {Estimate.Mean(defense)}, at 0.6 {Estimate.Mean(offense)}; difference {gap}");
            return gap;
        }

        var speed = Gap(EngineConstants.Default, "gamma = 1");
        var flat = Gap(Flat, "gamma = 0");
        Assert.True(speed.AboveZero, $"wars should last longer under defense dominance: {speed}");
        Assert.True(speed.Value > flat.Value + 0.5, $"the gap should shrink when the speed of war no longer follows the balance: {speed} against {flat}");
    }

    [Fact]
    public void ChristensenSnyder1990_BuckPassingFadesWhenTheSpeedOfWarNoLongerDependsOnTheBalance()
    {
        // The claim-6 world at perceived defense (3) and offense (0.5) dominance: the share of balancing decisions that pass
        // the buck, with the speed of war following the perceived balance (gamma = 1) and without (gamma = 0).
        RunResult[] World(double perceived, EngineConstants constants) =>
            Runs(r => WorldFamilies.Multipolar(r, 75, 1.0, perceived, 5, true, "Power", Dynamics.Graded), constants);
        static double Pooled(RunResult[] runs) => runs.Sum(x => x.Metrics.BuckPassYears) / (double)runs.Sum(x => x.Metrics.BalancingDecisions);
        static double[] PerRun(RunResult[] runs) => [.. runs.Where(x => x.Metrics.BalancingDecisions > 0)
            .Select(x => x.Metrics.BuckPassYears / (double)x.Metrics.BalancingDecisions)];
        var (defense, offense) = (World(3.0, EngineConstants.Default), World(0.5, EngineConstants.Default));
        var (flatDefense, flatOffense) = (World(3.0, Flat), World(0.5, Flat));
        var speed = Estimate.Difference(PerRun(defense), PerRun(offense));
        var flat = Estimate.Difference(PerRun(flatDefense), PerRun(flatOffense));
        output.WriteLine($"share of balancing decisions passing the buck: gamma = 1: {Pooled(defense):F3} at perceived balance 3, {Pooled(offense):F3} at 0.5; " +
            $"gamma = 0: {Pooled(flatDefense):F3} and {Pooled(flatOffense):F3}");
        output.WriteLine($"per-run share, perceived balance 3 - 0.5: gamma = 1 {speed}; gamma = 0 {flat}");
        Assert.True(speed.AboveZero, $"perceived defense dominance should bring a larger share of buck passing: {speed}");
        Assert.True(flat.Upper < speed.Lower, $"without a speed of war that follows the balance the effect should shrink: {speed} against {flat}");
    }
}
