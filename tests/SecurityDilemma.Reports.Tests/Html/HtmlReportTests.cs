using SecurityDilemma.Reports.Html;
using SecurityDilemma.Reports.Runs;
using SecurityDilemma.Reports.Tests.Support;

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
