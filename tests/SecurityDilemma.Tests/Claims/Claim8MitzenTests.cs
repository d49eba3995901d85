using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Engine;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Claims;

/// <summary>
/// Claim 8 (THEORY.md section 4; Mitzen 2006): with routine attachment a rivalry persists after its material cause is
/// removed (hysteresis). A rivalry under offense dominance and low distinguishability is ended materially by a
/// technology change to defense dominance and high distinguishability; trust recovers and arms fall more slowly
/// with routine attachment than without.
/// </summary>
public class Claim8MitzenTests(ITestOutputHelper output)
{
    public static TheoryData<int, double, double, int, double, double, double, string, bool> Worlds => new()
    {
        // states, balance before, d before, change year, balance after, d after, routine attachment, names, graded dynamics
        { 2, 0.5, 0.1, 20, 2.0, 0.9, 0.8, "Athens", false },
        { 3, 0.7, 0.2, 25, 2.5, 0.8, 0.6, "March", false },
        { 3, 0.7, 0.2, 25, 2.5, 0.8, 0.6, "March", true },
    };

    [Theory]
    [MemberData(nameof(Worlds))]
    public void RoutineAttachmentKeepsARivalryGoingAfterItsCauseIsRemoved(int states, double before, double dBefore, int year, double after, double dAfter, double routine, string name, bool graded)
    {
        const int window = 20;
        var family = new WorldFamily { States = states, Years = year + window, NamePrefix = name, PriorLow = 0.05, PriorHigh = 0.2, Seed = 808, Dynamics = graded ? Dynamics.Graded : Dynamics.Classic };
        TechnologyChange[] change = [new TechnologyChange { Year = year, OffenseDefenseBalance = after, Distinguishability = dAfter }];
        var detached = Replications.Run(k => WorldFamilies.Generate(k, family, before, dBefore, changes: change), _ => new SeriesRecorder());
        var attached = Replications.Run(k => WorldFamilies.Generate(k, family, before, dBefore, routine: routine, changes: change), _ => new SeriesRecorder());

        static double TrustAt(SeriesRecorder s, int y) => s.Trusts.Where(t => t.Year == y).Average(t => t.Trust);
        static double TrustAfter(SeriesRecorder s, int from) => s.Trusts.Where(t => t.Year >= from).Average(t => t.Trust);
        static double BurdenAfter(SeriesRecorder s, int from) => s.States.Where(r => r.Year >= from).Average(r => r.MilitaryBurden);

        output.Report("trust when the cause is removed, no routine", Estimate.Mean(detached.Select(r => TrustAt(r.Series!, year - 1))));
        output.Report($"trust when the cause is removed, routine {routine}", Estimate.Mean(attached.Select(r => TrustAt(r.Series!, year - 1))));
        var trustDetached = detached.Select(r => TrustAfter(r.Series!, year)).ToArray();
        var trustAttached = attached.Select(r => TrustAfter(r.Series!, year)).ToArray();
        output.Report($"mean trust in the {window} years after, no routine", Estimate.Mean(trustDetached));
        output.Report($"mean trust in the {window} years after, routine {routine}", Estimate.Mean(trustAttached));
        var trust = output.Report("trust after the change, no routine - routine", Estimate.Difference(trustDetached, trustAttached));
        var burden = output.Report("burden after the change, routine - no routine",
            Estimate.Difference([.. attached.Select(r => BurdenAfter(r.Series!, year))], [.. detached.Select(r => BurdenAfter(r.Series!, year))]));

        Assert.True(trust.AboveZero, "without routine trust recovers faster");
        Assert.True(burden.AboveZero, "with routine arms stay higher");
    }
}
