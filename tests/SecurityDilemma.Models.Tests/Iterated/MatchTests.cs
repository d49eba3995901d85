using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Models.Statistics;
using Xunit.Abstractions;

namespace SecurityDilemma.Models.Tests.Iterated;

public class MatchTests(ITestOutputHelper output)
{
    [Fact]
    public void SameSeed_GivesTheSameMatch_DifferentSeedsDifferUnderNoise()
    {
        var settings = new MatchSettings(Turns: 200, Noise: 0.05);
        var a = Match.Play(StrategyCatalogue.Find("tft")(), StrategyCatalogue.Find("gtft")(), settings, 5);
        var b = Match.Play(StrategyCatalogue.Find("tft")(), StrategyCatalogue.Find("gtft")(), settings, 5);
        var c = Match.Play(StrategyCatalogue.Find("tft")(), StrategyCatalogue.Find("gtft")(), settings, 6);
        Assert.Equal(a.MovesA, b.MovesA);
        Assert.Equal(a.MovesB, b.MovesB);
        Assert.NotEqual(a.MovesA, c.MovesA);
    }

    [Fact]
    public void Noise_FlipsEachMoveWithTheGivenProbability()
    {
        // Two Always Cooperate players: every D is a flip, so the defection share estimates the noise level.
        var r = Match.Play(StrategyCatalogue.Find("allc")(), StrategyCatalogue.Find("allc")(), new MatchSettings(Turns: 50_000, Noise: 0.1), 3);
        var flips = Estimate.Proportion(r.MovesA.Count(m => m == Move.D) + r.MovesB.Count(m => m == Move.D), 100_000);
        output.WriteLine($"flip rate {flips}, noise 0.1");
        Assert.InRange(0.1, flips.Lower, flips.Upper);
    }

    [Fact]
    public void Noise_TurnsTitForTatMirrorsIntoEchoes()
    {
        // Without noise two TFTs cooperate throughout; with noise a single flip starts an echo of retaliation.
        var clean = Match.Play(StrategyCatalogue.Find("tft")(), StrategyCatalogue.Find("tft")(), new MatchSettings(Turns: 200), 1).Outcome;
        var noisy = Match.Play(StrategyCatalogue.Find("tft")(), StrategyCatalogue.Find("tft")(), new MatchSettings(Turns: 200, Noise: 0.05), 1).Outcome;
        Assert.Equal(600, clean.ScoreA);
        Assert.True(noisy.ScoreA + noisy.ScoreB < 1200, $"noisy TFT pair scored {noisy.ScoreA} + {noisy.ScoreB}");
    }

    [Fact]
    public void ProbabilisticLength_IsGeometric_WithMeanOneOverProbEnd()
    {
        var settings = new MatchSettings(ProbEnd: 0.1);
        var lengths = Enumerable.Range(0, 20_000).Select(i => (double)Match.Length(settings, (ulong)i)).ToArray();
        var mean = Estimate.Mean(lengths);
        var ones = Estimate.Proportion(lengths.Count(l => l == 1), lengths.Length);
        output.WriteLine($"mean length {mean} (theory 10); P(L = 1) {ones} (theory 0.1)");
        Assert.InRange(10.0, mean.Lower, mean.Upper);
        Assert.InRange(0.1, ones.Lower, ones.Upper);
        Assert.True(lengths.Min() >= 1);
    }

    [Fact]
    public void ProbabilisticLength_IsNotAnnouncedToStrategies()
    {
        // Stein and Rapoport defects on the last two moves only when it knows the length.
        var known = Match.Play(StrategyCatalogue.Find("First by Stein and Rapoport")(), StrategyCatalogue.Find("allc")(), new MatchSettings(Turns: 30), 1);
        var hidden = Match.Play(StrategyCatalogue.Find("First by Stein and Rapoport")(), StrategyCatalogue.Find("allc")(), new MatchSettings(Turns: 30, RevealLength: false), 1);
        Assert.Equal(Move.D, known.MovesA[^1]);
        Assert.Equal(Move.C, hidden.MovesA[^1]);
        for (ulong seed = 0; seed < 50; seed++)
        {
            var random = Match.Play(StrategyCatalogue.Find("First by Stein and Rapoport")(), StrategyCatalogue.Find("allc")(), new MatchSettings(ProbEnd: 0.02), seed);
            Assert.DoesNotContain(Move.D, random.MovesA);
        }
    }

    [Fact]
    public void CustomPayoffs_AreUsed()
    {
        var game = new PrisonersDilemma(R: 4, T: 7, S: -1, P: 0);
        var r = Match.Play(StrategyCatalogue.Find("tft")(), StrategyCatalogue.Find("alld")(), new MatchSettings(Turns: 10, Game: game), 1).Outcome;
        Assert.Equal(-1.0, r.ScoreA);
        Assert.Equal(7.0, r.ScoreB);
    }

    [Theory]
    [InlineData(0, 0.0, null, "--turns")]
    [InlineData(10, -0.1, null, "--noise")]
    [InlineData(10, 1.5, null, "--noise")]
    [InlineData(10, 0.0, 0.0, "--prob-end")]
    [InlineData(10, 0.0, 1.2, "--prob-end")]
    public void BadSettings_ThrowInputException_NamingTheOption(int turns, double noise, double? probEnd, string option)
    {
        var e = Assert.Throws<InputException>(() => Match.Play(StrategyCatalogue.Find("tft")(), StrategyCatalogue.Find("tft")(), new MatchSettings(turns, noise, probEnd), 1));
        Assert.Equal(option, e.Source);
    }

    [Fact]
    public void NonPrisonersDilemmaPayoffs_AreRejected()
    {
        var e = Assert.Throws<InputException>(() => new MatchSettings(Game: new PrisonersDilemma(R: 5, T: 3, S: 0, P: 1)).Validate());
        Assert.Contains("T > R > P > S", e.Message);
    }
}
