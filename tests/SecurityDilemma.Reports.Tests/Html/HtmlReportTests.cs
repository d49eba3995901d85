using SecurityDilemma.Reports.Html;
using SecurityDilemma.Reports.Runs;
using SecurityDilemma.Reports.Tests.Support;
using SecurityDilemma.Reports.Tournaments;

namespace SecurityDilemma.Reports.Tests.Html;

[Collection(InputsCollection.Name)]
public class HtmlReportTests(Inputs inputs)
{
    [Fact]
    public void RunReport_IsSelfContained_AndHasTheLogs()
    {
        var run = RunOutput.Load(inputs.RunDir);
        var figures = 0;
        var html = RunReportBuilder.Build(run, () => figures++).Render();
        Assert.Equal(RunReportBuilder.Figures(run).Count, figures);
        Assert.Equal(figures, html.Split("src=\"data:image/png;base64,").Length - 1);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("<script", html);
        foreach (var id in RunReportBuilder.Sections)
        {
            Assert.Contains($"<section id=\"{id}\">", html);
        }

        // Every event of events.csv is a row of the event log, and every crisis a row of the crisis log.
        Assert.Equal(run.Events!.Rows.Count, Between(html, "<section id=\"events\">", "</section>").Split("<tr>").Length - 2);
        Assert.Equal(run.Crises.Count, Between(html, "<section id=\"crises\">", "</section>").Split("<tr>").Length - 2);
        Assert.DoesNotContain("<section id=\"diagnosis\">", html);
    }

    [Fact]
    public void RunReport_ShowsADiagnosisTable_WhenRunJsonHasOne()
    {
        var dir = Path.Combine(inputs.Root, "diagnosis-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(inputs.RunDir))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        var json = File.ReadAllText(Path.Combine(dir, "run.json")).TrimEnd().TrimEnd('}') + ", \"diagnosis\": [{\"mechanism\": \"spiral\", \"evidence\": 0.8}, {\"mechanism\": \"deterrence\", \"evidence\": 0.1}]}";
        File.WriteAllText(Path.Combine(dir, "run.json"), json);
        var html = RunReportBuilder.Build(RunOutput.Load(dir)).Render();
        var section = Between(html, "<section id=\"diagnosis\">", "</section>");
        Assert.Contains("<th>mechanism</th><th>evidence</th>", section);
        Assert.Contains("<td>deterrence</td><td class=\"num\">0.1</td>", section);
    }

    [Fact]
    public void RunReport_WithTheDiagnoseJson_ShowsEveryAspectsVerdict_AndTheBestFit()
    {
        var run = RunOutput.Load(inputs.RunDir);
        var diagnosis = DiagnosisSection.Load(inputs.Diagnosis, "--diagnosis", RunReportBuilder.Identity(run));
        var html = RunReportBuilder.Build(run, diagnosis: diagnosis).Render();
        var section = Between(html, "<section id=\"diagnosis\">", "</section>");
        var aspects = diagnosis.GetProperty("aspects").EnumerateArray().ToArray();
        Assert.Equal(12, aspects.Length);
        foreach (var a in aspects)
        {
            // Each aspect is a row: its title, then its verdict.
            Assert.Contains($"<td>{System.Net.WebUtility.HtmlEncode(a.GetProperty("aspect").GetString())}</td><td>{a.GetProperty("verdict").GetString()}</td>", section);
        }

        var best = string.Join(" and ", diagnosis.GetProperty("best_fit").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains($"Best fit: {best}.", section);
        Assert.Contains("<td>jervis</td>", section);
    }

    [Fact]
    public void Diagnosis_OfAnotherRun_IsRefused()
    {
        var run = RunOutput.Load(inputs.RunDir);
        var e = Assert.Throws<InputException>(() => DiagnosisSection.Load(inputs.Diagnosis, "--diagnosis", [("scenario", run.Scenario), ("seed", "7")]));
        Assert.Contains("seed: is '1914', but the report is of scenario 'july-1914', seed '7'", e.Message);
        Assert.Throws<InputException>(() => DiagnosisSection.Load(inputs.TournamentJson, "--diagnosis", RunReportBuilder.Identity(run)));
    }

    [Fact]
    public void TournamentReport_RanksAsTheFile_AndItsScoresAverageToTheMeans()
    {
        var tournament = TournamentRecord.Load(inputs.TournamentJson);
        var scores = Assert.IsAssignableFrom<IReadOnlyList<StrategyScores>>(tournament.Scores);
        Assert.Equal(tournament.Ranking.Select(r => r.Name), scores.Select(s => s.Name));
        foreach (var (rank, score) in tournament.Ranking.Zip(scores))
        {
            Assert.Equal(12, score.Scores.Length);
            Assert.Equal(rank.MeanScore, score.Mean, 12);
        }

        var figures = 0;
        var html = TournamentReportBuilder.Build(tournament, () => figures++).Render();
        Assert.Equal(3, figures);
        Assert.DoesNotContain("<script", html);
        var summary = Between(html, "<section id=\"summary\">", "</section>");
        var rows = summary.Split("<tr>").Skip(2).ToArray();
        Assert.Equal(tournament.Ranking.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Contains($"<td>{tournament.Ranking[i].Name}</td>", rows[i]);
        }

        // The payoff and win matrices: a header row and one row per strategy each.
        var pairwise = Between(html, "<section id=\"pairwise\">", "</section>");
        Assert.Equal(2 * (1 + tournament.Ranking.Count), pairwise.Split("<tr>").Length - 1);
    }

    [Fact]
    public void TournamentReport_WithoutPerRepetitionScores_SaysSo_AndDrawsTheMatrices()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(inputs.TournamentJson))!;
        foreach (var entry in json["ranking"]!.AsArray())
        {
            entry!.AsObject().Remove("scores");
        }

        var path = Path.Combine(inputs.Root, "no-scores-" + Guid.NewGuid().ToString("N")[..6] + ".json");
        File.WriteAllText(path, json.ToJsonString());
        var tournament = TournamentRecord.Load(path);
        Assert.Null(tournament.Scores);
        var html = TournamentReportBuilder.Build(tournament).Render();
        Assert.Contains("no per-repetition scores", html);
        Assert.DoesNotContain("data-kind=\"tournament-scores\"", html);
        Assert.Contains("data-kind=\"tournament-payoffs\"", html);
    }

    [Fact]
    public void MoranReport_CountsFixationsPerStrategy()
    {
        var runs = inputs.MoranFiles.Select(MoranRun.FromJson).ToList();
        Assert.All(runs, r => Assert.Contains(r.Settings, s => s.Name == "seed"));
        var html = MoranReportBuilder.Build(runs).Render();
        var summary = Between(html, "<section id=\"summary\">", "</section>");
        foreach (var name in runs[0].Names)
        {
            var fixedRuns = runs.Count(r => r.Winner == name);
            Assert.Contains($"<td>{System.Net.WebUtility.HtmlEncode(name)}</td><td>{fixedRuns} of {runs.Count}</td>", summary);
        }

        Assert.Equal(runs.Count, Between(html, "<section id=\"moran\">", "</section>").Split("<tr>").Length - 2);
    }

    [Fact]
    public void Text_IsEscaped()
    {
        var report = new HtmlReport("a <b> & c");
        report.Section("s", "S").Paragraph("<script>alert(1)</script>").Table(["h"], [["<img>"]]);
        var html = report.Render();
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<td>&lt;img&gt;</td>", html);
    }

    private static string Between(string text, string start, string end)
    {
        var i = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"no {start}");
        var j = text.IndexOf(end, i, StringComparison.Ordinal);
        return text[i..j];
    }
}
