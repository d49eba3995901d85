using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Engine;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Claims;

/// <summary>
/// Claim 7 (THEORY.md section 4; Wendt 1992, 1999): raising worst-case bias turns a peaceful world into a spiral
/// without changing any material fact (same technology, endowments and seeds).
/// </summary>
public class Claim7WendtTests(ITestOutputHelper output)
{
    public static TheoryData<int, double, double, double, string, bool> Worlds => new()
    {
        // states, balance, distinguishability, worst-case bias, names, graded dynamics
        { 2, 2.0, 0.9, 0.8, "Athens", false },
        { 3, 1.5, 0.7, 0.6, "Duchy", false },
        { 2, 1.2, 0.4, 0.8, "Athens", true },
        { 2, 1.0, 0.3, 0.8, "Duchy", true },
    };

    [Theory]
    [MemberData(nameof(Worlds))]
    public void WorstCaseBiasTurnsAPeacefulWorldIntoASpiral(int states, double balance, double d, double bias, string name, bool graded)
    {
        var family = new WorldFamily { States = states, Years = 60, NamePrefix = name, Seed = 707, Dynamics = graded ? Dynamics.Graded : Dynamics.Classic };
        var calm = Replications.Run(k => WorldFamilies.Generate(k, family, balance, d));
        var fearful = Replications.Run(k => WorldFamilies.Generate(k, family, balance, d, worstCase: bias));

        output.Report("unbiased: spiral index", Estimate.Mean(Replications.Spiral(calm)));
        output.Report("unbiased: war rate", Replications.WarRate(calm));
        output.Report($"worst-case bias {bias}: war rate", Replications.WarRate(fearful));
        var fearfulSpiral = output.Report($"worst-case bias {bias}: spiral index", Estimate.Mean(Replications.Spiral(fearful)));
        var spiral = output.Report("spiral index, biased - unbiased", Estimate.Difference(Replications.Spiral(fearful), Replications.Spiral(calm)));
        var trust = output.Report("final trust, biased - unbiased", Estimate.Difference(Replications.FinalTrust(fearful), Replications.FinalTrust(calm)));
        var burden = output.Report("burden, biased - unbiased", Estimate.Difference(Replications.Burden(fearful), Replications.Burden(calm)));

        Assert.True(fearfulSpiral.AboveZero, "the biased world spirals: arms up and trust down");
        Assert.True(spiral.AboveZero);
        Assert.True(trust.BelowZero);
        Assert.True(burden.AboveZero);
    }
}
