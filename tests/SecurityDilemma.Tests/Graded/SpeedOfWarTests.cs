using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Graded;

/// <summary>
/// The speed of war in the graded dynamics (Van Evera 1998): a war year's decisiveness follows the balance, and through the
/// speed of war the perceived balance decides buck passing (Christensen &amp; Snyder 1990). Each effect fades when the speed of
/// war no longer depends on the balance (elasticity gamma = 0).
/// </summary>
public class SpeedOfWarTests(ITestOutputHelper output)
{
    private const int Replications = 200;

    private static readonly EngineConstants Flat = EngineConstants.Default with { DecisivenessElasticity = 0.0 };

    private static RunResult[] Runs(Func<int, Scenario> world, EngineConstants constants)
    {
        var runs = new RunResult[Replications];
        Parallel.For(0, Replications, r => runs[r] = Simulation.Run(world(r), (ulong)(r + 1), constants));
        return runs;
    }

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
        // The claim-6 world at perceived defense (3) and offense (0.5) dominance: buck passing per run, defense - offense,
        // paired by replication, with the speed of war following the perceived balance (gamma = 1) and without (gamma = 0).
        double[] Buck(double perceived, EngineConstants constants) => [.. Runs(r => WorldFamilies.Multipolar(r, 75, 1.0, perceived, 5, true, "Power", Dynamics.Graded),
            constants).Select(x => (double)x.Metrics.BuckPassEvents)];
        double[] Gap(EngineConstants constants) => [.. Buck(3.0, constants).Zip(Buck(0.5, constants), (d, o) => d - o)];
        var speed = Gap(EngineConstants.Default);
        var flat = Gap(Flat);
        var withSpeed = Estimate.Mean(speed);
        var without = Estimate.Mean(flat);
        var fade = Estimate.Mean([.. speed.Zip(flat, (s, f) => s - f)]);
        output.WriteLine($"buck passing per run, perceived balance 3 - 0.5: gamma = 1 {withSpeed}; gamma = 0 {without}; fade {fade}");
        Assert.True(withSpeed.AboveZero, $"perceived defense dominance should bring more buck passing: {withSpeed}");
        Assert.True(fade.AboveZero, $"without a speed of war that follows the balance the effect should shrink: {fade}");
    }
}
