using SecurityDilemma.Models.Iterated;
using SecurityDilemma.Reports.Runs;
using SecurityDilemma.Reports.Tests.Support;
using SecurityDilemma.Reports.Tournaments;

namespace SecurityDilemma.Reports.Tests.Tournaments;

[Collection(InputsCollection.Name)]
public class TournamentPlotsTests(Inputs inputs)
{
    private static readonly string[] Names = ["Tit For Tat", "Always Defect", "Win-Stay Lose-Shift", "Grudger", "Always Cooperate"];

    [Fact]
    public void Scores_FromTheMatchesFile_AgreeWithTheTournamentsRanking()
    {
        var fromCsv = StrategyScores.FromMatches(TidyTable.Read(inputs.Matches));
        var result = Tournament.Run(TournamentPlotsTestsHelpers.Players(), new TournamentSettings(new MatchSettings(200, 0, null, null), 12, 0, true, 1));
        Assert.Equal(result.Standings.Select(s => s.Name), fromCsv.Select(s => s.Name));
        foreach (var s in result.Standings)
        {
            Assert.Equal(s.MeanScore, fromCsv.Single(c => c.Name == s.Name).Mean, 12);
        }

        Assert.Equal(fromCsv.Select(s => s.Name), StrategyScores.FromResult(result).Select(s => s.Name));
    }

    [Fact]
    public void ScoreBoxplots_NameEveryStrategyAndTheAxis()
    {
        var scores = StrategyScores.FromMatches(TidyTable.Read(inputs.Matches));
        Assert.All(scores, s => Assert.Equal(12, s.Scores.Length));
        FigureAssert.Valid(TournamentPlots.ScoreBoxplots(scores, "5 strategies"), ["Tournament scores in rank order (5 strategies)", "score: mean payoff per turn, per repetition", "mean (ranking)", .. scores.Select(s => s.Name)]);
    }

    [Fact]
    public void PayoffAndWinMatrices_AreInRankOrder_WithTheirCellValues()
    {
        var table = PairwiseTable.FromJson(inputs.TournamentJson);
        Assert.Equal(Names.Order(), table.Names.Order());
        var payoffs = TournamentPlots.PayoffMatrix(table);
        FigureAssert.Valid(payoffs, ["Payoff matrix: row's mean payoff per turn against column (12 repetitions, seed 0)", "column strategy (opponent)", "row strategy", "mean payoff per turn", .. Names]);

        // Always Defect against Always Cooperate earns the temptation payoff 5 every turn.
        var d = table.Names.ToList().IndexOf("Always Defect");
        var c = table.Names.ToList().IndexOf("Always Cooperate");
        Assert.Equal(5.0, table.Payoffs[d][c]);
        Assert.Contains("5", FigureAssert.SvgTexts(payoffs.Svg()));
        Assert.Equal(12, table.Wins[d][c]);
        FigureAssert.Valid(TournamentPlots.WinMatrix(table), ["Wins: repetitions the row strategy won against the column", "repetitions won", "12", .. Names]);
    }

    [Fact]
    public void Moran_PopulationOverTime_AndFixationProbabilities()
    {
        var run = MoranRun.FromJson(inputs.MoranFiles[0]);
        Assert.All(run.History, h => Assert.Equal(10, h.Sum()));
        FigureAssert.Valid(TournamentPlots.MoranPopulation(run), ["Moran process: population over time", "birth-death step", "individuals", .. run.Names]);

        var runs = inputs.MoranFiles.Select(MoranRun.FromJson).ToList();
        var fixation = TournamentPlots.Fixation(runs);
        FigureAssert.Valid(fixation, ["Fixation probabilities over 4 Moran runs (95% Wilson intervals)", "probability of fixation (0-1)", "95% CI", .. run.Names]);
    }

    [Fact]
    public void WrongJson_IsAnInputError()
    {
        Assert.Throws<InputException>(() => PairwiseTable.FromJson(inputs.MoranFiles[0]));
        Assert.Throws<InputException>(() => MoranRun.FromJson(inputs.TournamentJson));
    }
}

/// <summary>The test tournament's players, as the CLI parses them.</summary>
internal static class TournamentPlotsTestsHelpers
{
    public static IReadOnlyList<Func<IStrategy>> Players() => [.. Inputs.Strategies.Split(',').Select(n => StrategyCatalogue.Find(n))];
}
