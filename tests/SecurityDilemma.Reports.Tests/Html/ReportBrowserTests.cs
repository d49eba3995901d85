using Microsoft.Playwright;
using SecurityDilemma.Reports.Html;
using SecurityDilemma.Reports.Tests.Support;
using Xunit.Abstractions;

namespace SecurityDilemma.Reports.Tests.Html;

/// <summary>
/// Opens the HTML reports in Debian's Chromium (headless, through Playwright; no browser is downloaded) and fails on a
/// script error, a console error, an image that did not load, a network request, or a missing section. The
/// screenshots are kept under the test output folder (artifacts/).
/// </summary>
[Collection(InputsCollection.Name)]
public class ReportBrowserTests(Inputs inputs, ReportBrowser chromium, ITestOutputHelper output) : IClassFixture<ReportBrowser>
{
    [Fact]
    public async Task RunReport_RendersEverySection_AndEveryImage_WithoutErrorsOrNetwork()
    {
        var (text, figures) = await Report("run-report", [.. RunReportBuilder.Sections, "diagnosis"], inputs.RunDir, "--diagnosis", inputs.Diagnosis);
        Assert.Equal(7, figures);
        Assert.Contains("Ultimate source is anarchy", text);
        Assert.Contains("war_occurred", text);
        Assert.Contains("crisis_start", text);
        Assert.Contains("july-1914", text);
    }

    [Fact]
    public async Task SweepReport_RendersEverySection_AndEveryImage_WithoutErrorsOrNetwork()
    {
        var (_, figures) = await Report("sweep-report", SweepReportBuilder.Sections, inputs.Sweep);
        Assert.Equal(4, figures);
    }

    [Fact]
    public async Task TournamentReport_RendersEverySection_AndEveryImage_WithoutErrorsOrNetwork()
    {
        var (text, figures) = await Report("tournament-report", TournamentReportBuilder.Sections, inputs.TournamentJson);
        Assert.Equal(3, figures);
        foreach (var kind in new[] { "tournament-scores", "tournament-payoffs", "tournament-wins" })
        {
            Assert.Contains($"<figure data-kind=\"{kind}\">", text);
        }
    }

    [Fact]
    public async Task MoranReport_OfSeveralRuns_RendersFixationAndEveryPopulation()
    {
        var (text, figures) = await Report("moran-report", MoranReportBuilder.Sections, inputs.MoranFiles);
        // The fixation probabilities and one population figure per run.
        Assert.Equal(1 + inputs.MoranFiles.Length, figures);
        Assert.Contains("<figure data-kind=\"moran-fixation\">", text);
        Assert.Equal(inputs.MoranFiles.Length, text.Split("<figure data-kind=\"moran\">").Length - 1);
    }

    [Fact]
    public async Task Check_FailsOnABrokenImage_AndAMissingSection()
    {
        // The browser check itself must be able to fail: a report with a broken image and without the summary section.
        var html = inputs.Output("broken.html");
        Directory.CreateDirectory(Path.GetDirectoryName(html)!);
        File.WriteAllText(html, "<!DOCTYPE html><html><head><title>t</title></head><body><section id=\"scenario\"></section><img alt=\"x\" src=\"data:image/png;base64,AAAA\"></body></html>");
        var problems = await Problems(html, ["scenario", "summary"], null);
        Assert.Contains(problems, p => p.StartsWith("image did not load", StringComparison.Ordinal));
        Assert.Contains("missing section #summary", problems);
    }

    /// <summary>
    /// Writes the report of <paramref name="arguments"/> (inputs and options) with the CLI (which names the sections it wrote), opens it in the
    /// browser and checks it; returns the page's text and how many figures it holds.
    /// </summary>
    private async Task<(string Text, int Figures)> Report(string name, IReadOnlyList<string> sections, params string[] arguments)
    {
        var html = inputs.Output(name + ".html");
        Directory.CreateDirectory(Path.GetDirectoryName(html)!);
        var r = Dilemma.Ok(["report", .. arguments, "--out", html]);
        Assert.Equal($"wrote {html} ({string.Join(", ", sections)})", r.Stdout.Trim());
        var figures = await Check(html, sections, name + ".png");
        return (File.ReadAllText(html), figures);
    }

    private async Task<int> Check(string html, IReadOnlyList<string> sections, string screenshot)
    {
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var shot = Path.Combine(artifacts, screenshot);
        var problems = await Problems(html, sections, shot);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(new FileInfo(shot).Length > 10_000, "the screenshot is (nearly) empty");
        output.WriteLine($"screenshot: {shot}");
        return File.ReadAllText(html).Split("<img ").Length - 1;
    }

    /// <summary>Everything wrong with the page as the browser sees it.</summary>
    private async Task<List<string>> Problems(string html, IReadOnlyList<string> sections, string? screenshot)
    {
        var problems = new List<string>();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                problems.Add($"console {m.Type}: {m.Text}");
            }
        };
        page.PageError += (_, e) => problems.Add($"script error: {e}");
        page.Request += (_, req) =>
        {
            if (!req.Url.StartsWith("file:", StringComparison.Ordinal) && !req.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add($"network request: {req.Url}");
            }
        };
        await page.GotoAsync(new Uri(html).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var broken = await page.EvaluateAsync<string[]>("() => Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).map(i => i.alt)");
        problems.AddRange(broken.Select(alt => $"image did not load: {alt}"));
        foreach (var id in sections)
        {
            if (await page.QuerySelectorAsync($"section#{id}") is null)
            {
                problems.Add($"missing section #{id}");
            }
        }

        if (screenshot is not null)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        }

        return problems;
    }
}
