using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Engine;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Claims;

/// <summary>
/// Claim 3 (THEORY.md section 4; Glaser 2010 and Kydd 2005 vs Mearsheimer 2001): under defense dominance with high
/// distinguishability security seekers cut arms and keep peace; power maximizers do not.
/// </summary>
public class Claim3EscapeTests(ITestOutputHelper output)
{
    public static TheoryData<int, double, double, string, bool> Worlds => new()
    {
        // states, balance, distinguishability, names, graded dynamics
        { 2, 2.0, 0.9, "Athens", false },
        { 4, 1.6, 0.75, "Canton", false },
        { 4, 1.6, 0.75, "Canton", true },
        { 2, 2.0, 0.9, "Athens", true },
    };

    [Theory]
    [MemberData(nameof(Worlds))]
    public void SecuritySeekersEscapeTheDilemmaPowerMaximizersDoNot(int states, double balance, double d, string name, bool graded)
    {
        var family = new WorldFamily { States = states, Years = 60, NamePrefix = name, Seed = 303, Dynamics = graded ? Dynamics.Graded : Dynamics.Classic };
        var seekers = Replications.Run(k => WorldFamilies.Generate(k, family, balance, d, _ => Motive.SecuritySeeker));
        var maximizers = Replications.Run(k => WorldFamilies.Generate(k, family, balance, d, _ => Motive.PowerMaximizer));

        var seekerWar = output.Report("security seekers: war rate", Replications.WarRate(seekers));
        output.Report("power maximizers: war rate", Replications.WarRate(maximizers));
        var seekerSpiral = output.Report("security seekers: spiral index (negative = arms cut while trust rose)", Estimate.Mean(Replications.Spiral(seekers)));
        output.Report("power maximizers: spiral index", Estimate.Mean(Replications.Spiral(maximizers)));
        var burden = output.Report("burden, power maximizers - security seekers", Estimate.Difference(Replications.Burden(maximizers), Replications.Burden(seekers)));
        var trust = output.Report("final trust, security seekers - power maximizers", Estimate.Difference(Replications.FinalTrust(seekers), Replications.FinalTrust(maximizers)));
        var spiral = output.Report("spiral index, power maximizers - security seekers", Estimate.Difference(Replications.Spiral(maximizers), Replications.Spiral(seekers)));

        Assert.True(seekerWar.Upper < 0.05, "security seekers keep peace");
        Assert.True(seekerSpiral.BelowZero, "security seekers cut arms as trust rises");
        Assert.True(burden.AboveZero);
        Assert.True(trust.AboveZero);
        Assert.True(spiral.AboveZero);
    }
}
