using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Claims;
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
}
