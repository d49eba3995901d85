using SecurityDilemma.Models.Iterated;

namespace SecurityDilemma.Models.Tests.Iterated;

/// <summary>
/// Expected play of every catalogued strategy against scripted or simple opponents (Axelrod-Python's
/// versus_test). Each script was worked out by hand from the strategy's published rule (see its Source); the
/// failure message names the turn. Stochastic strategies are scripted where their rule is deterministic
/// (e.g. probabilities 0 or 1); their random parts are checked statistically in StochasticStrategyTests.
/// </summary>
public class ExpectedPlayTests
{
    /// <summary>Strategies with no deterministic branch at all: checked only statistically.</summary>
    public static readonly string[] StatisticalOnly = ["Random", "First by Anonymous", "Worse and Worse"];

    /// <summary>(strategy, opponent: catalogue name or "script:MOVES", expected (own, opponent) pairs, match length or 0 for the number of pairs).</summary>
    public static TheoryData<string, string, string, int> Cases => new()
    {
        { "Tit For Tat", "script:CDDCDC", "CC CD DD DC CD DC", 0 },
        { "Tit For Tat", "Always Defect", "CD DD DD DD DD DD", 0 },
        { "Tit For 2 Tats", "script:CDDCDDD", "CC CD CD DC CD CD DD", 0 },
        { "Two Tits For Tat", "script:CDCCCDC", "CC CD DC DC CC CD DC", 0 },
        { "Suspicious Tit For Tat", "script:CCDC", "DC CC CD DC", 0 },
        { "Suspicious Tit For Tat", "Tit For Tat", "DC CD DC CD DC CD", 0 },
        { "Generous Tit For Tat", "Always Cooperate", "CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC", 0 },
        { "Generous Tit For Tat", "script:CCCD", "CC CC CC CD", 0 },
        { "Hard Tit For Tat", "script:DCCCDC", "CD DC DC DC CD DC", 0 },
        { "Hard Tit For 2 Tats", "script:DCDCDDC", "CD CC CD CC CD CD DC", 0 },
        { "Forgiving Tit For Tat", "script:CCCCCCCCCDDCC", "CC CC CC CC CC CC CC CC CC CD CD DC CC", 0 },
        { "Contrite Tit For Tat", "script:CDDC", "CC CD DD DC", 0 },
        { "Anti Tit For Tat", "script:CDDC", "CC DD CD CC", 0 },
        { "Bully", "script:CDDC", "DC DD CD CC", 0 },
        { "Grudger", "script:CCDCCC", "CC CC CD DC DC DC", 0 },
        { "Win-Stay Lose-Shift", "script:CDDCCD", "CC CD DD CC CC CD", 0 },
        { "Win-Stay Lose-Shift", "Always Defect", "CD DD CD DD CD DD", 0 },
        { "Firm But Fair", "script:DCDC", "CD DC CD DC", 0 },
        { "Firm But Fair", "Always Cooperate", "CC CC CC CC CC CC CC CC CC CC", 0 },
        { "Gradual", "Always Defect", "CD DD CD CD DD DD DD DD CD CD DD DD DD DD DD DD DD DD DD DD CD CD", 0 },
        { "Always Cooperate", "script:CD", "CC CD CC CD", 0 },
        { "Always Defect", "script:CD", "DC DD DC DD", 0 },
        { "Alternator", "Always Defect", "CD DD CD DD CD", 0 },
        { "Cycler CCD", "Always Defect", "CD CD DD CD CD DD", 0 },
        { "Cycler DDC", "Always Cooperate", "DC DC CC DC DC CC", 0 },
        { "Prober", "Tit For Tat", "DC CD CC CC CC", 0 },
        { "Prober", "Always Cooperate", "DC CC CC DC DC DC", 0 },
        { "Prober 2", "script:CDCDD", "DC CD CC CD CD", 0 },
        { "Prober 2", "Always Cooperate", "DC CC CC CC CC", 0 },
        { "Prober 3", "Always Cooperate", "DC CC DC DC", 0 },
        { "Prober 3", "Always Defect", "DD CD DD DD", 0 },
        { "Adaptive", "Always Cooperate", "CC CC CC CC CC CC DC DC DC DC DC DC DC DC", 0 },
        { "Adaptive", "Tit For Tat", "CC CC CC CC CC CC DC DD DD DD DD CD CC CC", 0 },
        { "Appeaser", "script:CDDCD", "CC CD DD CC CD", 0 },
        { "Handshake", "Handshake", "CC DD CC CC", 0 },
        { "Handshake", "Always Cooperate", "CC DC DC DC", 0 },
        { "Calculator", "script:DDDDDDDDDDDDDDDDDDDC", "CD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DC CD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DC CD", 0 },
        { "Soft Majority", "script:DCDDC", "CD DC CD DD DC", 0 },
        { "Hard Majority", "script:CDCCD", "DC CD DC CC CD", 0 },
        { "ZD-Extort-2", "Always Defect", "CD", 0 },
        { "ZD-GTFT-2", "Always Cooperate", "CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC", 0 },
        { "ZD-GTFT-2", "script:CCCD", "CC CC CC CD", 0 },
        { "First by Davis", "script:CDCCCCCCCCCC", "CC CD CC CC CC CC CC CC CC CC DC DC", 0 },
        { "First by Downing", "Always Cooperate", "DC DC CC DC DC DC", 0 },
        { "First by Downing", "Always Defect", "DD DD DD DD DD DD DD DD", 0 },
        { "First by Feld", "Always Defect", "CD DD DD DD DD DD DD DD DD DD", 0 },
        { "First by Graaskamp", "Tit For Tat", "CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC DC CD DC CD DC CD DC CD DC CD DC CD DC CD DC CD DC CD DC CD", 0 },
        { "First by Graaskamp", "Always Defect", "CD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD DD", 0 },
        { "First by Grofman", "Always Cooperate", "CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC", 0 },
        { "First by Joss", "Always Defect", "CD DD DD DD DD DD DD DD DD DD", 0 },
        { "First by Nydegger", "script:DCCDDCCC", "CD DC DC DD CD DC CC DC", 0 },
        { "First by Shubik", "script:CDCDDCCDC", "CC CD DC CD DD DC CC CD DC", 0 },
        { "First by Stein and Rapoport", "Always Cooperate", "CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC DC DC", 0 },
        { "First by Stein and Rapoport", "Alternator", "CC CD CC CD DC CD DC CD DC CD DC CD DC CD DC DD DC DD DC DD", 40 },
        { "First by Tideman and Chieruzzi", "Tit For Tat", "CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC CC DC DD", 0 },
        { "First by Tideman and Chieruzzi", "script:DCCCC", "CD DC CC CC CC CD DC DC CC CC CD DC DC DC CC", 100 },
        { "First by Tullock", "Always Defect", "CD CD CD CD CD CD CD CD CD CD CD DD DD DD DD DD DD DD DD DD", 0 },
        { "First by Tullock", "Always Cooperate", "CC CC CC CC CC CC CC CC CC CC CC", 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PlaysAsScripted(string strategy, string opponent, string expected, int turns)
    {
        var player = StrategyCatalogue.Find(strategy)();
        var other = opponent.StartsWith("script:", StringComparison.Ordinal) ? Versus.Script(opponent["script:".Length..]) : StrategyCatalogue.Find(opponent)();
        Versus.Check(player, other, expected, turns: turns == 0 ? null : turns);
    }

    [Fact]
    public void EveryCataloguedStrategy_HasAnExpectedPlayCase_OrIsListedAsStatisticalOnly()
    {
        var covered = Cases.Select(row => (string)row[0]).Concat(StatisticalOnly).ToHashSet();
        var missing = StrategyCatalogue.Names.Where(n => !covered.Contains(n)).ToArray();
        Assert.True(missing.Length == 0, "no expected-play case for: " + string.Join(", ", missing));
    }

    [Fact]
    public void ContriteTitForTat_AfterANoisyDefection_AcceptsPunishmentWithoutRetaliating()
    {
        // Wu & Axelrod 1995: its cooperation was flipped to D by noise (round 1), the opponent punished (round 2);
        // Contrite TFT cooperates through the punishment instead of echoing it as plain TFT would.
        var contrite = StrategyCatalogue.Find("Contrite Tit For Tat")();
        var rng = new SecurityDilemma.Models.Randomness.Xoshiro256(1);
        var game = PrisonersDilemma.Axelrod;
        Assert.Equal(Move.C, contrite.Decide(new MatchState([], [], game, null), ref rng));
        Assert.Equal(Move.C, contrite.Decide(new MatchState([Move.D], [Move.C], game, null), ref rng));
        Assert.Equal(Move.C, contrite.Decide(new MatchState([Move.D, Move.C], [Move.C, Move.D], game, null), ref rng));
        Assert.Equal(Move.C, contrite.Decide(new MatchState([Move.D, Move.C, Move.C], [Move.C, Move.D, Move.C], game, null), ref rng));

        var tft = StrategyCatalogue.Find("Tit For Tat")();
        Assert.Equal(Move.D, tft.Decide(new MatchState([Move.D, Move.C], [Move.C, Move.D], game, null), ref rng));
    }

    [Fact]
    public void FirstByGraaskamp_AgainstAlwaysDefect_DefectsAtRandomEvery5To15MovesAfterMove56()
    {
        // Axelrod 1980: after the probe it "randomly defects every 5 to 15 moves" against a non-random, non-TFT opponent.
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var result = Match.Play(StrategyCatalogue.Find("First by Graaskamp")(), StrategyCatalogue.Find("Always Defect")(), new MatchSettings(Turns: 400), seed);
            var defections = Enumerable.Range(56, 400 - 56).Where(t => result.MovesA[t] == Move.D).ToArray();
            Assert.True(defections.Length >= 2, $"seed {seed}: only {defections.Length} defections after move 56");
            Assert.InRange(defections[0] - 56, 5, 15);
            for (var k = 1; k < defections.Length; k++)
            {
                Assert.InRange(defections[k] - defections[k - 1], 5, 15);
            }
        }
    }
}
