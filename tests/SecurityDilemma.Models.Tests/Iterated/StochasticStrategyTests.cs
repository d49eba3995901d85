using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Models.Statistics;
using Xunit.Abstractions;

namespace SecurityDilemma.Models.Tests.Iterated;

/// <summary>The random parts of stochastic strategies: cooperation frequencies against fixed opponents, with 95% intervals.</summary>
public class StochasticStrategyTests(ITestOutputHelper output)
{
    /// <summary>
    /// The share of C over the turns [from, turns) of many seeded matches must have a Wilson interval that contains
    /// the rate the strategy's rule implies.
    /// </summary>
    [Theory]
    [InlineData("Random", "Always Cooperate", 0, 200, 0.5)] // Axelrod 1980: RANDOM cooperates half the time
    [InlineData("First by Anonymous", "Always Cooperate", 0, 200, 0.5)] // p ~ U(0.3, 0.7): mean 0.5
    [InlineData("Generous Tit For Tat", "Always Defect", 1, 200, 1.0 / 3)] // Nowak & Sigmund 1992: g = min(1 - 2/3, 2/4) = 1/3
    [InlineData("First by Joss", "Always Cooperate", 1, 200, 0.9)] // Axelrod 1980: 90% after the other's cooperation
    [InlineData("First by Tullock", "Always Cooperate", 11, 200, 0.9)] // 10% less than the opponent's 100% over the last 10
    [InlineData("First by Feld", "Always Cooperate", 1, 201, 0.75)] // p(t) = 1 - t/400 for t = 1..200: mean 0.74875 over t=1..199, ~0.75
    [InlineData("Worse and Worse", "Always Cooperate", 0, 1000, 0.4995)] // P(C at turn t) = 1 - t/1000, t = 1..1000
    public void CooperationRate_MatchesTheRule(string name, string opponent, int from, int turns, double expected)
    {
        if (name == "First by Feld")
        {
            expected = Enumerable.Range(from, turns - from).Average(t => Math.Max(1 - (t / 400.0), 0.5));
        }

        const int matches = 100;
        var cooperations = 0;
        var total = 0;
        for (var i = 0; i < matches; i++)
        {
            var r = Match.Play(StrategyCatalogue.Find(name)(), StrategyCatalogue.Find(opponent)(), new MatchSettings(Turns: turns), (ulong)i);
            for (var t = from; t < turns; t++)
            {
                cooperations += r.MovesA[t] == Move.C ? 1 : 0;
                total++;
            }
        }

        var rate = Estimate.Proportion(cooperations, total);
        output.WriteLine($"{name} vs {opponent}, turns {from}..{turns - 1}: cooperation rate {rate}; rule implies {expected:F4}");
        Assert.InRange(expected, rate.Lower, rate.Upper);
    }

    [Fact]
    public void WorseAndWorse_CooperatesLessLateThanEarly()
    {
        double early = 0, late = 0;
        for (ulong seed = 0; seed < 50; seed++)
        {
            var r = Match.Play(StrategyCatalogue.Find("Worse and Worse")(), StrategyCatalogue.Find("allc")(), new MatchSettings(Turns: 1000), seed);
            early += r.MovesA.Take(100).Count(m => m == Move.C);
            late += r.MovesA.Skip(900).Count(m => m == Move.C);
        }

        output.WriteLine($"C in turns 1-100: {early / 5000:P1}; in turns 901-1000: {late / 5000:P1} (rule: 95% and 5%)");
        Assert.InRange(early / 5000, 0.93, 0.97);
        Assert.InRange(late / 5000, 0.03, 0.07);
    }
}
