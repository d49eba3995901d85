using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Engine;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Claims;

/// <summary>
/// Claim 2 (THEORY.md section 4; Jervis 1978, "Cooperation under the security dilemma"): war frequency and arms
/// burden are ordered doubly dangerous (offense advantage, indistinguishable) > doubly stable (defense advantage,
/// distinguishable), with the two mixed worlds between.
/// </summary>
public class Claim2FourWorldsTests(ITestOutputHelper output)
{
    public static TheoryData<int, double, double, double, double, string, bool> Worlds => new()
    {
        // states, offense-advantage balance, defense-advantage balance, low d, high d, names, graded dynamics
        { 2, 0.5, 2.0, 0.1, 0.9, "Athens", false },
        { 3, 0.6, 1.8, 0.2, 0.8, "Realm", false },
        { 3, 0.6, 1.8, 0.2, 0.8, "Realm", true },
        { 2, 0.6, 2.0, 0.1, 0.9, "Athens", true },
    };

    [Theory]
    [MemberData(nameof(Worlds))]
    public void WarAndBurdenAreOrderedAcrossJervissFourWorlds(int states, double offense, double defense, double low, double high, string name, bool graded)
    {
        var family = new WorldFamily { States = states, Years = 60, NamePrefix = name, Seed = 202, Dynamics = graded ? Dynamics.Graded : Dynamics.Classic };
        RunResult[] World(double balance, double d) => Replications.Run(k => WorldFamilies.Generate(k, family, balance, d));
        var worlds = new (string Name, RunResult[] Runs)[]
        {
            ("doubly dangerous", World(offense, low)),
            ("offense advantage, distinguishable", World(offense, high)),
            ("defense advantage, indistinguishable", World(defense, low)),
            ("doubly stable", World(defense, high)),
        };

        foreach (var (label, runs) in worlds)
        {
            output.WriteLine($"{label}: war rate {Replications.WarRate(runs)}; mean burden {Estimate.Mean(Replications.Burden(runs))}");
        }

        var dangerous = worlds[0].Runs;
        var stable = worlds[3].Runs;
        var warGap = output.Report("war rate, doubly dangerous - doubly stable", Estimate.Difference(Replications.Wars(dangerous), Replications.Wars(stable)));
        var burdenGap = output.Report("burden, doubly dangerous - doubly stable", Estimate.Difference(Replications.Burden(dangerous), Replications.Burden(stable)));
        Assert.True(warGap.AboveZero);
        Assert.True(burdenGap.AboveZero);

        foreach (var (label, mixed) in worlds[1..3])
        {
            // Burden strictly between; war frequency not significantly outside the two extremes.
            var burdenBelow = output.Report($"burden, doubly dangerous - {label}", Estimate.Difference(Replications.Burden(dangerous), Replications.Burden(mixed)));
            var burdenAbove = output.Report($"burden, {label} - doubly stable", Estimate.Difference(Replications.Burden(mixed), Replications.Burden(stable)));
            var warBelow = output.Report($"war rate, doubly dangerous - {label}", Estimate.Difference(Replications.Wars(dangerous), Replications.Wars(mixed)));
            var warAbove = output.Report($"war rate, {label} - doubly stable", Estimate.Difference(Replications.Wars(mixed), Replications.Wars(stable)));
            Assert.True(burdenBelow.AboveZero, label);
            Assert.True(burdenAbove.AboveZero, label);
            Assert.False(warBelow.BelowZero, label);
            Assert.False(warAbove.BelowZero, label);
        }
    }
}
