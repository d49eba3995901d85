using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Engine;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Claims;

/// <summary>
/// Claim 9 (THEORY.md section 4; Butterfield 1951 vs Herz 1950 and Jervis 1978): with the hierarchy switch on, the
/// material regulators lose their effect (the gap in war and burden between doubly dangerous and doubly stable worlds
/// shrinks to a fraction of the gap under anarchy), while psychological fear (worst-case bias) still produces spirals.
/// </summary>
public class Claim9HierarchyTests(ITestOutputHelper output)
{
    public static TheoryData<int, double, double, double, double, double, string, bool> Worlds => new()
    {
        // states, offense balance, defense balance, low d, high d, worst-case bias, names, graded dynamics
        { 2, 0.5, 2.0, 0.1, 0.9, 0.8, "Athens", false },
        { 3, 0.6, 1.8, 0.2, 0.8, 0.7, "Shire", false },
        { 2, 0.6, 2.0, 0.1, 0.9, 0.8, "Athens", true },
        { 3, 0.7, 1.8, 0.2, 0.8, 0.7, "Shire", true },
    };

    [Theory]
    [MemberData(nameof(Worlds))]
    public void UnderHierarchyMaterialRegulatorsLoseEffectButFearStillSpirals(int states, double offense, double defense, double low, double high, double bias, string name, bool graded)
    {
        var family = new WorldFamily { States = states, Years = 60, NamePrefix = name, Seed = 909, Dynamics = graded ? Dynamics.Graded : Dynamics.Classic };
        RunResult[] Run(double balance, double d, bool hierarchy, double worstCase = 0) =>
            Replications.Run(k => WorldFamilies.Generate(k, family, balance, d, hierarchy: hierarchy, worstCase: worstCase));
        var dangerousAnarchy = Run(offense, low, false);
        var stableAnarchy = Run(defense, high, false);
        var dangerousHierarchy = Run(offense, low, true);
        var stableHierarchy = Run(defense, high, true);

        // Replication k has the same endowments in all four worlds, so the gap and its change are paired per k.
        double[] Gap(RunResult[] a, RunResult[] b, Func<RunResult, double> f) => [.. a.Zip(b, (x, y) => f(x) - f(y))];
        static double War(RunResult r) => r.Metrics.WarOccurred ? 1 : 0;
        static double Burden(RunResult r) => r.Metrics.MeanMilitaryBurden;
        foreach (var (label, f) in new (string, Func<RunResult, double>)[] { ("war rate", War), ("burden", Burden) })
        {
            var anarchyGap = Gap(dangerousAnarchy, stableAnarchy, f);
            var hierarchyGap = Gap(dangerousHierarchy, stableHierarchy, f);
            var gapA = output.Report($"{label} gap (doubly dangerous - doubly stable), anarchy", Estimate.Mean(anarchyGap));
            var gapH = output.Report($"{label} gap, hierarchy", Estimate.Mean(hierarchyGap));
            var shrink = output.Report($"{label} gap shrinkage (anarchy gap - hierarchy gap)", Estimate.Mean(anarchyGap.Zip(hierarchyGap, (a, h) => a - h)));
            Assert.True(gapA.AboveZero, $"{label}: regulators matter under anarchy");
            Assert.True(shrink.AboveZero, $"{label}: the gap shrinks under hierarchy");
            Assert.True(Math.Abs(gapH.Value) < 0.25 * gapA.Value, $"{label}: under hierarchy the gap is much smaller");
        }

        // Butterfield: under hierarchy the doubly dangerous world no longer spirals by itself, but fear alone still makes it spiral.
        output.Report("hierarchy, doubly dangerous: spiral index without bias", Estimate.Mean(Replications.Spiral(dangerousHierarchy)));
        foreach (var (label, balance, d, calm) in new[] { ("doubly dangerous", offense, low, dangerousHierarchy) })
        {
            var fearful = Run(balance, d, true, bias);
            var spiral = output.Report($"hierarchy, {label}: spiral index with bias {bias} - without", Estimate.Difference(Replications.Spiral(fearful), Replications.Spiral(calm)));
            var fearfulSpiral = output.Report($"hierarchy, {label}: spiral index with bias {bias}", Estimate.Mean(Replications.Spiral(fearful)));
            var trust = output.Report($"hierarchy, {label}: final trust with bias - without", Estimate.Difference(Replications.FinalTrust(fearful), Replications.FinalTrust(calm)));
            var burden = output.Report($"hierarchy, {label}: burden with bias - without", Estimate.Difference(Replications.Burden(fearful), Replications.Burden(calm)));
            Assert.True(spiral.AboveZero, label);
            Assert.True(fearfulSpiral.AboveZero, label);
            Assert.True(trust.BelowZero, label);
            Assert.True(burden.AboveZero, label);
        }
    }
}
