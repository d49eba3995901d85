using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Models.Statistics;
using Xunit.Abstractions;

namespace SecurityDilemma.Models.Tests.Iterated;

public class MoranProcessTests(ITestOutputHelper output)
{
    [Fact]
    public void Nowak2006_NeutralMutant_FixesWithProbabilityOneOverN()
    {
        // Nowak 2006 (Evolutionary Dynamics, ch. 6): a neutral mutant fixes with probability 1/N. Tit For Tat and
        // Always Cooperate always cooperate with each other and themselves, so every individual has equal fitness.
        const int runs = 2000;
        const int n = 5;
        var settings = new MoranSettings(new MatchSettings(Turns: 20));
        var fixedTft = 0;
        for (var i = 0; i < runs; i++)
        {
            var r = MoranProcess.Run([(StrategyCatalogue.Find("tft"), 1), (StrategyCatalogue.Find("allc"), n - 1)], settings with { Seed = (ulong)i });
            Assert.NotNull(r.Winner);
            fixedTft += r.Winner == "Tit For Tat" ? 1 : 0;
        }

        var p = Estimate.Proportion(fixedTft, runs);
        output.WriteLine($"fixation probability of one TFT among {n - 1} AllC: {p} (theory {1.0 / n})");
        Assert.InRange(1.0 / n, p.Lower, p.Upper);
    }

    [Fact]
    public void AlwaysDefect_AmongCooperators_FixesMoreOftenThanANeutralMutant()
    {
        const int runs = 1000;
        const int n = 5;
        var settings = new MoranSettings(new MatchSettings(Turns: 20));
        var fixedAllD = 0;
        for (var i = 0; i < runs; i++)
        {
            var r = MoranProcess.Run([(StrategyCatalogue.Find("alld"), 1), (StrategyCatalogue.Find("allc"), n - 1)], settings with { Seed = (ulong)i });
            fixedAllD += r.Winner == "Always Defect" ? 1 : 0;
        }

        var p = Estimate.Proportion(fixedAllD, runs);
        output.WriteLine($"fixation probability of one AllD among {n - 1} AllC: {p} (neutral {1.0 / n})");
        Assert.True(p.Lower > 1.0 / n, $"{p}");
    }

    [Fact]
    public void History_StartsWithThePopulation_ConservesItsSize_AndIsReproducible()
    {
        var population = new (Func<IStrategy>, int)[] { (StrategyCatalogue.Find("tft"), 3), (StrategyCatalogue.Find("alld"), 3), (StrategyCatalogue.Find("random"), 2) };
        var settings = new MoranSettings(new MatchSettings(Turns: 50, Noise: 0.01), Seed: 9);
        var a = MoranProcess.Run(population, settings);
        var b = MoranProcess.Run(population, settings);
        Assert.Equal([3, 3, 2], a.History[0]);
        Assert.All(a.History, counts => Assert.Equal(8, counts.Sum()));
        Assert.Equal(a.History.Count - 1, a.Steps);
        Assert.Equal(a.History.Select(h => string.Join(',', h)), b.History.Select(h => string.Join(',', h)));
        Assert.NotNull(a.Winner);
        Assert.Equal(8, a.Final[Array.IndexOf([.. a.Names], a.Winner)]);
    }

    [Fact]
    public void MaxSteps_StopsTheProcess_WithoutAWinner()
    {
        var r = MoranProcess.Run([(StrategyCatalogue.Find("tft"), 10), (StrategyCatalogue.Find("allc"), 10)], new MoranSettings(new MatchSettings(Turns: 5), MaxSteps: 3));
        Assert.Equal(3, r.Steps);
        Assert.Null(r.Winner);
    }
}
