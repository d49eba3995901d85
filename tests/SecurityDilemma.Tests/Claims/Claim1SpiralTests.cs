using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Engine;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Claims;

/// <summary>
/// Claim 1 (THEORY.md section 4; Jervis 1978, Herz 1950): two security seekers with offense advantage and low
/// distinguishability spiral: trust falls and arms rise on both sides, and some replications end in war.
/// </summary>
public class Claim1SpiralTests(ITestOutputHelper output)
{
    public static TheoryData<double, double, string, double, double, bool> Worlds => new()
    {
        // balance, distinguishability, names, prior low, prior high, graded dynamics
        { 0.5, 0.1, "Athens", 0.3, 0.8, false },
        { 0.7, 0.0, "Kingdom", 0.5, 0.9, false },
        { 0.7, 0.1, "Athens", 0.3, 0.8, true },
        { 0.6, 0.0, "Kingdom", 0.3, 0.8, true },
    };


    [Theory]
    [MemberData(nameof(Worlds))]
    public void SecuritySeekersSpiralUnderOffenseAdvantageAndLowDistinguishability(double balance, double d, string name, double priorLow, double priorHigh, bool graded)
    {
        var family = new WorldFamily
        {
            States = 2,
            Years = 60,
            NamePrefix = name,
            PriorLow = priorLow,
            PriorHigh = priorHigh,
            Seed = 101,
            Dynamics = graded ? Dynamics.Graded : Dynamics.Classic,
        };
        var spiral = Replications.Run(k => WorldFamilies.Generate(k, family, balance, d), _ => new SeriesRecorder());
        var control = Replications.Run(k => WorldFamilies.Generate(k, family, 2.0, 0.9), _ => new SeriesRecorder());

        double BothSidesSpiral((SecurityDilemma.Engine.RunResult Result, SeriesRecorder? Series) run)
        {
            var s = run.Series!;
            var scenario = run.Result.Scenario;
            var last = run.Result.Years;
            for (var i = 0; i < 2; i++)
            {
                var start = scenario.States[i];
                var end = s.StateAt(last, i);
                var armsUp = (end.Offense + end.Defense) / end.Resources > (start.Offense + start.Defense) / start.Resources;
                var trustDown = s.TrustAt(last, i, 1 - i) < start.PriorTrust;
                if (!(armsUp && trustDown))
                {
                    return 0.0;
                }
            }

            return 1.0;
        }

        var both = spiral.Select(BothSidesSpiral).ToArray();
        var bothControl = control.Select(BothSidesSpiral).ToArray();
        var shareBoth = output.Report("share of runs where both sides' trust fell and arms rose", Estimate.Proportion((int)both.Sum(), both.Length));
        output.Report("same, defense-dominant distinguishable control", Estimate.Proportion((int)bothControl.Sum(), bothControl.Length));
        var effect = output.Report("effect on that share (spiral - control)", Estimate.Difference(both, bothControl));
        var wars = output.Report("war rate", Replications.WarRate([.. spiral.Select(r => r.Result)]));
        var tragic = output.Report("tragic war rate (all belligerents security seekers)", Estimate.Proportion(spiral.Count(r => r.Result.Metrics.TragicWar), spiral.Length));
        var burden = output.Report("burden difference (spiral - control)", Estimate.Difference(Replications.Burden(spiral.Select(r => r.Result)), Replications.Burden(control.Select(r => r.Result))));

        Assert.True(shareBoth.Lower > 0.5, "in most runs both sides' trust should fall and arms rise");
        Assert.True(effect.AboveZero);
        Assert.True(wars.Lower > 0, "some replications should end in war");
        Assert.True(tragic.Lower > 0, "the wars are among security seekers only");
        Assert.True(burden.AboveZero);
    }
}
