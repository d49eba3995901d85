using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Models.Randomness;
using SecurityDilemma.Models.Statistics;
using Xunit.Abstractions;

namespace SecurityDilemma.Models.Tests.Iterated;

/// <summary>Behaviour that only shows under noise or forced histories: contrition and fresh starts.</summary>
public class NoiseAndForgivenessTests(ITestOutputHelper output)
{
    [Fact]
    public void WuAxelrod1995_ContriteTitForTatPairs_RecoverFromNoiseThatLocksTitForTatPairsInEchoes()
    {
        // Wu & Axelrod 1995: with 1% noise two TFTs fall into echoes of retaliation after each error, while two
        // Contrite TFTs restore cooperation at once. Mean payoff per turn over 200 seeded matches of 200 turns each.
        const int n = 200;
        var settings = new MatchSettings(Turns: 200, Noise: 0.01);
        var tft = new double[n];
        var ctft = new double[n];
        for (var i = 0; i < n; i++)
        {
            tft[i] = Match.Play(StrategyCatalogue.Find("tft")(), StrategyCatalogue.Find("tft")(), settings, (ulong)i).Outcome.ScorePerTurnA;
            ctft[i] = Match.Play(StrategyCatalogue.Find("Contrite Tit For Tat")(), StrategyCatalogue.Find("Contrite Tit For Tat")(), settings, (ulong)i).Outcome.ScorePerTurnA;
        }

        var gain = Estimate.Difference(ctft, tft);
        output.WriteLine($"CTFT pair {Estimate.Mean(ctft)}, TFT pair {Estimate.Mean(tft)}, difference {gain}");
        Assert.True(gain.AboveZero, $"CTFT - TFT = {gain}");
        Assert.True(Estimate.Mean(ctft).Value > 2.9, $"CTFT pair {Estimate.Mean(ctft)}");
    }

    [Fact]
    public void Axelrod1980_TidemanAndChieruzzi_GivesAFreshStart_ThatCutsAPunishmentShort()
    {
        // Forced history (as noise could produce). The opponent defects at indices 2, 5 and 27, so the rule punishes
        // with 1, 2 and then 3 defections (at 28, 29, 30). Its own recorded moves are D at indices 24-28. Its lead
        // (own minus opponent's points) is -10 after index 5, -5, 0, 5 after 24, 25, 26 (always under 10 when the
        // opponent has just cooperated, so no earlier fresh start), 5 after the mutual defection at 27, and 10 after
        // 28. At index 29 every fresh-start condition of Axelrod (1980) holds: 10 or more points ahead, the opponent
        // just cooperated, no fresh start yet, the length is open, and 3 defections in 29 moves is more than 3
        // standard deviations below 14.5 (14.5 - 1.5 sqrt(29) = 6.4). So instead of the 2nd and 3rd punishing
        // defections it cooperates twice, and the punishment length starts again: the defection at 31 costs 1.
        var opponent = Enumerable.Repeat(Move.C, 40).ToArray();
        opponent[2] = opponent[5] = opponent[27] = opponent[31] = Move.D;
        var own = Enumerable.Repeat(Move.C, 40).ToArray();
        for (var i = 24; i <= 28; i++)
        {
            own[i] = Move.D;
        }

        var moves = Replay(StrategyCatalogue.Find("First by Tideman and Chieruzzi")(), own, opponent);
        Assert.Equal([Move.D, Move.C, Move.C, Move.C, Move.D, Move.C], new[] { moves[28], moves[29], moves[30], moves[31], moves[32], moves[33] });

        // Without the lead (own moves all C: 15 points behind) there is no fresh start: D, D, D at 28-30, and the
        // defection at 31 is punished 4 times.
        var behind = Replay(StrategyCatalogue.Find("First by Tideman and Chieruzzi")(), Enumerable.Repeat(Move.C, 40).ToArray(), opponent);
        Assert.Equal([Move.D, Move.D, Move.D, Move.C, Move.D, Move.D, Move.D, Move.D, Move.C], behind[28..37]);
    }

    /// <summary>The strategy's decision at every turn of a forced history (the recorded moves need not be its own choices).</summary>
    private static Move[] Replay(IStrategy strategy, Move[] own, Move[] opponent)
    {
        var rng = new Xoshiro256(1);
        var decisions = new Move[own.Length];
        for (var t = 0; t < own.Length; t++)
        {
            decisions[t] = strategy.Decide(new MatchState(own.AsSpan(0, t), opponent.AsSpan(0, t), PrisonersDilemma.Axelrod, null), ref rng);
        }

        return decisions;
    }
}
