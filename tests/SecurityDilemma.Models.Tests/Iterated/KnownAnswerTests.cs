using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Models.Iterated.Strategies;
using SecurityDilemma.Models.Statistics;
using Xunit.Abstractions;

namespace SecurityDilemma.Models.Tests.Iterated;

/// <summary>Published results for the iterated Prisoner's Dilemma, reproduced.</summary>
public class KnownAnswerTests(ITestOutputHelper output)
{
    [Fact]
    public void Axelrod1984_TitForTatVersusAlwaysDefect_Over200Moves_Scores199Versus204()
    {
        // Axelrod 1984 (The Evolution of Cooperation), with R, T, S, P = 3, 5, 0, 1 and 200 moves:
        // TFT is exploited once (S = 0), then both defect for 199 moves (P = 1 each): 0 + 199 = 199 vs 5 + 199 = 204.
        var result = Match.Play(StrategyCatalogue.Find("tft")(), StrategyCatalogue.Find("alld")(), new MatchSettings(Turns: 200), seed: 1);
        Assert.Equal(199.0, result.Outcome.ScoreA);
        Assert.Equal(204.0, result.Outcome.ScoreB);
    }

    [Fact]
    public void Axelrod1984_TitForTatCollectiveStabilityThreshold_IsTwoThirds_ForAxelrodsPayoffs()
    {
        // Axelrod 1984, Proposition 2: TFT is collectively stable iff w >= max((T-R)/(T-P), (T-R)/(R-S)) = max(1/2, 2/3).
        Assert.Equal(2.0 / 3.0, CollectiveStability.TitForTatThreshold(PrisonersDilemma.Axelrod), 12);
        Assert.True(CollectiveStability.IsTitForTatStable(PrisonersDilemma.Axelrod, 0.7));
        Assert.False(CollectiveStability.IsTitForTatStable(PrisonersDilemma.Axelrod, 0.6));

        // With S = -3 the Always Defect term dominates: (5-3)/(5-1) = 1/2 > (5-3)/(3+3) = 1/3.
        Assert.Equal(0.5, CollectiveStability.TitForTatThreshold(new PrisonersDilemma(R: 3, T: 5, S: -3, P: 1)), 12);
    }

    /// <summary>
    /// Axelrod 1984: against a population of TFT natives an Always Defect invader earns T + wP/(1-w) and a native
    /// earns R/(1-w). With w = 0.9 the invader does worse (14 vs 30); with w = 0.3, well below 2/3, it does better
    /// (5.43 vs 4.29). Checked by simulating matches of random length (continuation probability w).
    /// </summary>
    [Theory]
    [InlineData(0.9, false)]
    [InlineData(0.8, false)]
    [InlineData(0.3, true)]
    [InlineData(0.2, true)]
    public void Axelrod1984_AlwaysDefectInvader_DoesWorseThanTitForTatNatives_OnlyWhenTheFutureMatters(double w, bool invaderBetter)
    {
        const int n = 4000;
        var settings = new MatchSettings(ProbEnd: 1 - w);
        var native = new double[n];
        var invader = new double[n];
        for (var i = 0; i < n; i++)
        {
            native[i] = Match.Play(StrategyCatalogue.Find("tft")(), StrategyCatalogue.Find("tft")(), settings, (ulong)(2 * i)).Outcome.ScoreA;
            invader[i] = Match.Play(StrategyCatalogue.Find("alld")(), StrategyCatalogue.Find("tft")(), settings, (ulong)((2 * i) + 1)).Outcome.ScoreA;
        }

        var game = PrisonersDilemma.Axelrod;
        var difference = Estimate.Difference(invader, native);
        var nativeMean = Estimate.Mean(native);
        var invaderMean = Estimate.Mean(invader);
        output.WriteLine($"w = {w}: invader (AllD vs TFT) {invaderMean} (theory {CollectiveStability.AlwaysDefectVersusTitForTat(game, w):F3}); native (TFT vs TFT) {nativeMean} (theory {CollectiveStability.TitForTatVersusItself(game, w):F3})");
        output.WriteLine($"invader - native = {difference}");
        Assert.True(invaderBetter ? difference.AboveZero : difference.BelowZero, $"w = {w}: invader - native = {difference}");
        Assert.InRange(CollectiveStability.TitForTatVersusItself(game, w), nativeMean.Lower, nativeMean.Upper);
        Assert.InRange(CollectiveStability.AlwaysDefectVersusTitForTat(game, w), invaderMean.Lower, invaderMean.Upper);
    }

    /// <summary>
    /// Axelrod 1984: the 2/3 comes from the second term, (T-R)/(R-S): the alternation D, C, D, C, ... earns
    /// (T + wS)/(1 - w^2) against TFT. At w = 0.6 (between 1/2 and 2/3) Always Defect cannot invade (6.5 &lt; 7.5)
    /// but the alternator can (7.81 &gt; 7.5); at w = 0.75 neither can (alternator 11.43 &lt; 12).
    /// </summary>
    [Theory]
    [InlineData(0.6, true)]
    [InlineData(0.75, false)]
    public void Axelrod1984_AlternatingInvader_BeatsTitForTatNatives_OnlyBelowTwoThirds(double w, bool invaderBetter)
    {
        const int n = 20000;
        var settings = new MatchSettings(ProbEnd: 1 - w);
        var native = new double[n];
        var alternator = new double[n];
        var defector = new double[n];
        for (var i = 0; i < n; i++)
        {
            native[i] = Match.Play(StrategyCatalogue.Find("tft")(), StrategyCatalogue.Find("tft")(), settings, (ulong)(3 * i)).Outcome.ScoreA;
            alternator[i] = Match.Play(new Cycler("DC"), StrategyCatalogue.Find("tft")(), settings, (ulong)((3 * i) + 1)).Outcome.ScoreA;
            defector[i] = Match.Play(StrategyCatalogue.Find("alld")(), StrategyCatalogue.Find("tft")(), settings, (ulong)((3 * i) + 2)).Outcome.ScoreA;
        }

        var alternating = Estimate.Difference(alternator, native);
        var defecting = Estimate.Difference(defector, native);
        output.WriteLine($"w = {w}: alternator - native = {alternating}; AllD - native = {defecting}");
        Assert.True(invaderBetter ? alternating.AboveZero : alternating.BelowZero, $"w = {w}: alternator - native = {alternating}");
        Assert.True(defecting.BelowZero, $"w = {w}: AllD - native = {defecting}");
    }

    [Fact]
    public void StewartPlotkin2012_ZeroDeterminantFourVectors_ForAxelrodsPayoffs()
    {
        // Stewart & Plotkin 2012 (PNAS 109:10134): Extort-2 = (8/9, 1/2, 1/3, 0), ZDGTFT-2 = (1, 1/8, 1, 1/4).
        var game = PrisonersDilemma.Axelrod;
        Assert.Equal([8.0 / 9, 0.5, 1.0 / 3, 0], ZeroDeterminantStrategy.Extort2().FourVector(game), new Tolerance(1e-12));
        Assert.Equal([1, 1.0 / 8, 1, 0.25], ZeroDeterminantStrategy.GenerousTitForTat2().FourVector(game), new Tolerance(1e-12));
    }

    /// <summary>
    /// Press &amp; Dyson 2012: a zero-determinant strategy X enforces pi_Y - l = s (pi_X - l) whatever Y plays.
    /// Extort-2 (l = P = 1, s = 1/2) and ZD-GTFT-2 (l = R = 3, s = 1/2), over long matches against four opponents.
    /// </summary>
    [Theory]
    [InlineData("ZD-Extort-2", 1.0)]
    [InlineData("ZD-GTFT-2", 3.0)]
    public void PressDyson2012_ZeroDeterminantStrategies_EnforceALinearPayoffRelation(string name, double baseline)
    {
        foreach (var opponent in new[] { "Always Cooperate", "Random", "Tit For Tat", "Alternator", "Win-Stay Lose-Shift" })
        {
            var gaps = new double[30];
            for (var i = 0; i < gaps.Length; i++)
            {
                var o = Match.Play(StrategyCatalogue.Find(name)(), StrategyCatalogue.Find(opponent)(), new MatchSettings(Turns: 5000), (ulong)i).Outcome;
                gaps[i] = (o.ScorePerTurnB - baseline) - (0.5 * (o.ScorePerTurnA - baseline));
            }

            var gap = Estimate.Mean(gaps);
            output.WriteLine($"{name} vs {opponent}: (pi_Y - l) - s (pi_X - l) = {gap}");
            // A finite match adds an O(1/turns) boundary term to the identity, so the interval must come within 0.005 of zero.
            Assert.True(Math.Abs(gap.Value) < 0.02 && gap.Lower < 0.005 && gap.Upper > -0.005, $"{name} vs {opponent}: {gap}");
        }
    }

    private sealed class Tolerance(double eps) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= eps;

        public int GetHashCode(double obj) => 0;
    }
}
