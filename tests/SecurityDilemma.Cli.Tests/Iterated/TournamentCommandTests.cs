using System.Text.Json;

namespace SecurityDilemma.Cli.Tests.Iterated;

public class TournamentCommandTests
{
    [Fact]
    public void Tournament_PrintsARankingTable()
    {
        var r = Cli.Run("tournament", "--strategies", "tft,alld,allc", "--turns", "200", "--repetitions", "2", "--seed", "1");
        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = r.Stdout.Split('\n');
        var rankLine = (string name) => Array.FindIndex(lines, l => l.Contains(name, StringComparison.Ordinal));

        // Hand-computed (Axelrod 1980 scoring with self-play): AllD 2.340 > TFT 2.332 > AllC 2.000.
        Assert.True(rankLine("Always Defect") < rankLine("Tit For Tat") && rankLine("Tit For Tat") < rankLine("Always Cooperate"), r.Stdout);
        Assert.Contains("2.340", r.Stdout);
        Assert.Contains("Score/turn", r.Stdout);
    }

    [Fact]
    public void Tournament_Json_HasPerStrategyScoresAndThePairwiseMatrix()
    {
        var r = Cli.Run("tournament", "--strategies", "tft,alld", "--turns", "200", "--repetitions", "3", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        var ranking = root.GetProperty("ranking");
        Assert.Equal(2, ranking.GetArrayLength());
        Assert.Equal("Tit For Tat", ranking[0].GetProperty("name").GetString());
        Assert.Equal((199.0 / 200 + 3) / 2, ranking[0].GetProperty("mean_score").GetDouble(), 12);
        var pairwise = root.GetProperty("pairwise");
        Assert.Equal("Always Defect", pairwise.GetProperty("strategies")[1].GetString());

        // Axelrod 1984: TFT vs AllD over 200 moves scores 199 vs 204.
        Assert.Equal(199.0 / 200, pairwise.GetProperty("mean_score_per_turn")[0][1].GetDouble(), 12);
        Assert.Equal(204.0 / 200, pairwise.GetProperty("mean_score_per_turn")[1][0].GetDouble(), 12);
        Assert.Equal(3, pairwise.GetProperty("wins")[1][0].GetInt32());
        Assert.Equal(200, root.GetProperty("settings").GetProperty("turns").GetInt32());
    }

    [Fact]
    public void Tournament_SameSeed_SameJson_WhateverTheThreadCount()
    {
        string[] args = ["tournament", "--strategies", "tft,random,gtft,joss", "--turns", "50", "--repetitions", "3", "--noise", "0.05", "--seed", "9", "--json"];
        var one = Cli.Run([.. args, "--threads", "1"]);
        var two = Cli.Run([.. args, "--threads", "2"]);
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.Equal(one.Stdout, two.Stdout);
    }

    [Fact]
    public void Tournament_ProbEndAndNoSelfPlay_AreAccepted()
    {
        var r = Cli.Run("tournament", "--strategies", "tft,alld", "--prob-end", "0.1", "--repetitions", "5", "--no-self-play", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("pairwise").GetProperty("mean_score_per_turn")[0][0].ValueKind);
        Assert.Equal(0.1, doc.RootElement.GetProperty("settings").GetProperty("prob_end").GetDouble());
    }

    [Fact]
    public void Matches_WritesOneTidyCsvRowPerMatch()
    {
        var dir = Directory.CreateTempSubdirectory("dilemma-tournament-");
        var path = Path.Combine(dir.FullName, "matches.csv");
        var r = Cli.Run("tournament", "--strategies", "tft,alld,wsls", "--turns", "200", "--repetitions", "4", "--seed", "5", "--matches", path);
        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = File.ReadAllLines(path);
        Assert.StartsWith("master_seed,repetition,match_seed,player_a,player_b", lines[0]);
        Assert.Equal(1 + (6 * 4), lines.Length); // 6 pairs with self-play, 4 repetitions
        var tftVsAllD = lines.First(l => l.Contains(",Tit For Tat,Always Defect,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["200", "199", "204"], tftVsAllD[7..10]); // Axelrod 1984
        dir.Delete(recursive: true);
    }

    [Fact]
    public void Matches_IsNotWritten_WhenTheInputIsBad()
    {
        var dir = Directory.CreateTempSubdirectory("dilemma-tournament-");
        var path = Path.Combine(dir.FullName, "matches.csv");
        var r = Cli.Run("tournament", "--strategies", "tft,nosuch", "--matches", path);
        Assert.Equal(2, r.ExitCode);
        Assert.False(File.Exists(path));
        Assert.Empty(dir.GetFiles());
        dir.Delete(recursive: true);
    }

    [Fact]
    public void List_ShowsEveryStrategyWithItsSource()
    {
        var r = Cli.Run("tournament", "--list", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.True(doc.RootElement.GetArrayLength() >= 30);
        var tft = doc.RootElement.EnumerateArray().First(e => e.GetProperty("name").GetString() == "Tit For Tat");
        Assert.Equal(1, tft.GetProperty("memory_depth").GetInt32());
        Assert.Contains("Axelrod 1980", tft.GetProperty("source").GetString());
    }

    [Fact]
    public void StrategiesAll_RunsTheWholeCatalogue()
    {
        var r = Cli.Run("tournament", "--strategies", "all", "--turns", "20", "--repetitions", "1", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var list = Cli.Run("tournament", "--list", "--json");
        using var listDoc = JsonDocument.Parse(list.Stdout);
        Assert.Equal(listDoc.RootElement.GetArrayLength(), doc.RootElement.GetProperty("ranking").GetArrayLength());
    }

    [Fact]
    public void Moran_ReportsTheWinnerAndTheHistory()
    {
        var r = Cli.Run("tournament", "moran", "--population", "tft=3,alld=3", "--turns", "50", "--seed", "4", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var history = doc.RootElement.GetProperty("history");
        Assert.Equal(doc.RootElement.GetProperty("steps").GetInt32() + 1, history.GetArrayLength());
        Assert.Equal(3, history[0][0].GetInt32());
        var winner = doc.RootElement.GetProperty("winner").GetString();
        Assert.Contains(winner, new[] { "Tit For Tat", "Always Defect" });
    }

    [Theory]
    [InlineData("unknown strategy 'titfortot'", "Tit For Tat", "tournament", "--strategies", "tft,titfortot")]
    [InlineData("--noise", "[0, 1]", "tournament", "--strategies", "tft,alld", "--noise", "1.5")]
    [InlineData("--noise", "[0, 1]", "tournament", "--strategies", "tft,alld", "--noise", "-0.1")]
    [InlineData("--prob-end", "(0, 1]", "tournament", "--strategies", "tft,alld", "--prob-end", "2")]
    [InlineData("--turns", "a whole number from 1 to 1,000,000", "tournament", "--strategies", "tft,alld", "--turns", "0")]
    [InlineData("--repetitions", "a whole number from 1 to 100,000", "tournament", "--strategies", "tft,alld", "--repetitions", "-1")]
    [InlineData("--strategies", "no strategies", "tournament", "--turns", "10")]
    [InlineData("twice", "each strategy once", "tournament", "--strategies", "tft,Tit For Tat")]
    [InlineData("--payoffs", "R=3,T=5,S=0,P=1", "tournament", "--strategies", "tft,alld", "--payoffs", "3,5,0")]
    [InlineData("--payoffs", "T > R > P > S", "tournament", "--strategies", "tft,alld", "--payoffs", "5,3,0,1")]
    [InlineData("--population", "name=count", "tournament", "moran", "--population", "tft=three")]
    [InlineData("unknown strategy 'alldd'", "Always Defect", "tournament", "moran", "--population", "tft=3,alldd=3")]
    [InlineData("1000 individuals", "at most 200", "tournament", "moran", "--population", "tft=500,alld=500")]
    public void BadInput_ExitsTwo_WithAClearMessage_AndNoStackTrace(string problem, string hint, params string[] args)
    {
        var r = Cli.Run(args);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.StartsWith("error: ", r.Stderr);
        Assert.Contains(problem, r.Stderr);
        Assert.Contains(hint, r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void StrategiesDoc_ListsEveryCataloguedStrategy()
    {
        var doc = File.ReadAllText(Path.Combine(Cli.RepoRoot, "docs", "strategies.md"));
        var list = Cli.Run("tournament", "--list", "--json");
        using var json = JsonDocument.Parse(list.Stdout);
        var missing = json.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).Where(n => !doc.Contains($"| {n} |", StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, "docs/strategies.md lacks: " + string.Join(", ", missing));
    }
}
