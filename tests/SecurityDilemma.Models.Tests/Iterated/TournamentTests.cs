using SecurityDilemma.Models.Iterated;
using Xunit.Abstractions;

namespace SecurityDilemma.Models.Tests.Iterated;

public class TournamentTests(ITestOutputHelper output)
{
    private static IReadOnlyList<Func<IStrategy>> Players(params string[] names) => [.. names.Select(n => StrategyCatalogue.Find(n))];

    [Fact]
    public void ThreeStrategyTournament_HasTheHandComputedPairwiseScores()
    {
        // 200 moves, no noise: every match is deterministic. Per-turn scores: TFT vs AllD 199/200, AllD vs TFT 204/200,
        // AllC vs AllD 0, AllD vs AllC 5, TFT vs AllC 3 (and back), self-play AllC 3, AllD 1, TFT 3.
        var result = Tournament.Run(Players("allc", "alld", "tft"), new TournamentSettings(new MatchSettings(Turns: 200), Repetitions: 3, Seed: 1));
        double[][] expected =
        [
            [3, 0, 3],
            [5, 1, 204.0 / 200],
            [3, 199.0 / 200, 3],
        ];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(expected[i][j], result.PairwiseScores[i][j], 12);
            }
        }

        // Mean over opponents including the twin (Axelrod 1980): AllD (5 + 1 + 1.02)/3 = 2.34 beats TFT (3 + 3 + 0.995)/3 = 2.3317.
        Assert.Equal(["Always Defect", "Tit For Tat", "Always Cooperate"], result.Standings.Select(s => s.Name));
        Assert.Equal((5 + 1 + 1.02) / 3, result["Always Defect"].MeanScore, 12);
        Assert.Equal(2 * 3, result["Always Defect"].Wins); // beats AllC and TFT in each of 3 repetitions
        Assert.Equal(0, result["Tit For Tat"].Wins);
        Assert.Equal(3, result.WinMatrix[1][2]);
        Assert.Equal(1.0, result["Always Cooperate"].CooperationRate);
        Assert.Equal(3 * 6, result.Matches.Count); // 6 pairs with self-play, 3 repetitions
    }

    [Fact]
    public void WithoutSelfPlay_TheDiagonalIsEmpty_AndScoresAverageOverOthersOnly()
    {
        var result = Tournament.Run(Players("allc", "alld", "tft"), new TournamentSettings(new MatchSettings(Turns: 200), Repetitions: 2, SelfPlay: false));
        Assert.True(double.IsNaN(result.PairwiseScores[0][0]));
        Assert.Equal((3 + 0.995) / 2, result["Tit For Tat"].MeanScore, 12);
        Assert.Equal(2 * 3, result.Matches.Count);
    }

    [Fact]
    public void Results_AreBitIdentical_WhateverTheThreadCount()
    {
        var players = Players("tft", "gtft", "random", "wsls", "joss", "First by Graaskamp", "Calculator", "ZD-Extort-2");
        var settings = new TournamentSettings(new MatchSettings(Turns: 100, Noise: 0.05), Repetitions: 4, Seed: 42);
        var serial = Tournament.Run(players, settings with { MaxDegreeOfParallelism = 1 });
        var parallel = Tournament.Run(players, settings with { MaxDegreeOfParallelism = 4 });
        Assert.Equal(serial.Matches, parallel.Matches);
        Assert.Equal(serial.Standings.Select(s => (s.Name, s.MeanScore)), parallel.Standings.Select(s => (s.Name, s.MeanScore)));
        for (var i = 0; i < serial.PairwiseScores.Length; i++)
        {
            Assert.Equal(serial.PairwiseScores[i], parallel.PairwiseScores[i]);
        }
    }

    [Fact]
    public void MatchSeeds_DependOnTheMatchIdentity_NotOnWhoElseIsEntered()
    {
        var settings = new TournamentSettings(new MatchSettings(Turns: 50, Noise: 0.1), Repetitions: 3, Seed: 7);
        var small = Tournament.Run(Players("tft", "random"), settings);
        var large = Tournament.Run(Players("alld", "tft", "wsls", "random"), settings);
        var pick = (TournamentResult r) => r.Matches
            .Where(m => r.Names[m.A] == "Tit For Tat" && r.Names[m.B] == "Random")
            .Select(m => (m.Repetition, m.Seed, m.Outcome));
        Assert.Equal(pick(small), pick(large));
    }

    [Fact]
    public void DifferentMasterSeeds_GiveDifferentStochasticResults()
    {
        var a = Tournament.Run(Players("tft", "random"), new TournamentSettings(new MatchSettings(Turns: 50), Repetitions: 2, Seed: 1));
        var b = Tournament.Run(Players("tft", "random"), new TournamentSettings(new MatchSettings(Turns: 50), Repetitions: 2, Seed: 2));
        Assert.NotEqual(a.Matches, b.Matches);
    }

    [Fact]
    public void DuplicateEntries_AreRejected()
    {
        var e = Assert.Throws<InputException>(() => Tournament.Run(Players("tft", "Tit For Tat"), new TournamentSettings(new MatchSettings())));
        Assert.Contains("twice", e.Message);
    }

    [Fact]
    public void Axelrod1980_FirstTournamentEntries_TheEightNiceRulesTakeTheTopEightPlaces()
    {
        // Axelrod 1980 (J. Conflict Resolution 24:3-25): the eight "nice" rules (never the first to defect) took the
        // top eight places. Re-run with all 14 entries and RANDOM (those whose code is lost are reconstructions, see
        // their remarks), 200 moves, 5 repetitions and self-play as in the original.
        string[] nice = ["Tit For Tat", "First by Tideman and Chieruzzi", "First by Nydegger", "First by Grofman", "First by Shubik", "First by Stein and Rapoport", "Grudger", "First by Davis"];
        string[] others = ["First by Graaskamp", "First by Downing", "First by Feld", "First by Joss", "First by Tullock", "First by Anonymous", "Random"];
        var result = Tournament.Run(Players([.. nice, .. others]), new TournamentSettings(new MatchSettings(Turns: 200), Repetitions: 5, Seed: 1980));
        foreach (var s in result.Standings)
        {
            output.WriteLine($"{s.Rank,2} {s.Name,-32} {s.MeanScore:F3} {s.ScoreEstimate}");
        }

        var worstNice = nice.Max(n => result[n].Rank);
        Assert.True(worstNice == nice.Length, $"a nice rule ranked {worstNice}, below a rule that defects first");
    }
}
