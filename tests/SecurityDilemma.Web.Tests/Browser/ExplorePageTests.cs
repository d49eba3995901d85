using System.Text;
using Microsoft.Playwright;

namespace SecurityDilemma.Web.Tests.Browser;

/// <summary>The explorer in Chromium: sliders, a streamed run drawn as it comes, an upload checked at the field, the four worlds.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExplorePageTests(BrowserFixture browser)
{
    private static readonly PageWaitForSelectorOptions Long = new() { Timeout = 30_000 };

    private static async Task Open(WatchedPage w)
    {
        await w.Page.GotoAsync(w.Url("/"));
        await w.Page.WaitForSelectorAsync("#scenario option[value=spiral]", new() { State = WaitForSelectorState.Attached });
    }

    [Fact]
    public async Task MovingASliderAndRunning_DrawsTheChartsAndFillsTheLog()
    {
        await using var w = await browser.NewPage();
        var page = w.Page;
        await Open(w);
        Assert.Equal(0, await page.Locator("#chart-forces polyline").CountAsync());
        // spiral.yaml's own balance, as the log-scaled slider shows it (within one slider step, 2%)
        var balance = SecurityDilemma.Scenarios.ScenarioDocument.Load(Path.Combine(Api.ScenarioApiTests.RepoRoot(), "scenarios", "spiral.yaml")).Build().Technology.OffenseDefenseBalance;
        var shown = double.Parse(await page.TextContentAsync("#balance-out") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(shown, balance * 0.98, balance * 1.02);

        await page.FillAsync("#years", "25");
        await page.FocusAsync("#worst-case");
        for (var k = 0; k < 4; k++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        Assert.Equal("0.2", await page.TextContentAsync("#worst-case-out"));
        var request = await page.RunAndWaitForRequestAsync(() => page.ClickAsync("#run"), r => r.Url.EndsWith("/api/runs", StringComparison.Ordinal));
        Assert.Contains("\"worst_case_bias\":0.2", request.PostData, StringComparison.Ordinal);
        Assert.DoesNotContain("distinguishability", request.PostData, StringComparison.Ordinal); // untouched sliders keep the file's values
        await page.WaitForSelectorAsync("body[data-run-done='1']", Long);

        // One line per state in each chart, one point per state and year.
        foreach (var chart in new[] { "#chart-forces", "#chart-burden", "#chart-trust" })
        {
            Assert.Equal(2, await page.Locator($"{chart} polyline").CountAsync());
            Assert.Equal("50", await page.GetAttributeAsync(chart, "data-points"));
        }

        var events = await page.Locator("#events li").CountAsync();
        Assert.True(events > 0);
        Assert.Equal($"({events})", await page.TextContentAsync("#event-count"));
        Assert.Equal(2, await page.Locator("#network circle").CountAsync());
        Assert.Contains("spiral index", await page.TextContentAsync("#result"), StringComparison.Ordinal);
        Assert.Equal("done", await page.TextContentAsync("#run-status"));
        await browser.Screenshot(page, "explore");

        // The literature's reading of this run: the same request, diagnosed and read through every lens.
        var diagnosis = await page.RunAndWaitForRequestAsync(() => page.ClickAsync("#diagnose"), r => r.Url.EndsWith("/api/diagnoses", StringComparison.Ordinal));
        Assert.Equal(request.PostData, diagnosis.PostData);
        await page.WaitForSelectorAsync("body[data-diagnosed='1']", Long);
        Assert.Equal("spiral, seed 1", await page.TextContentAsync("#diagnose-status"));
        await Literature.AssertShown(page, "#diagnosis", "run");
        await page.Locator("#diagnosis h2").First.EvaluateAsync("e => e.scrollIntoView()"); // the diagnosis from its heading
        await browser.Screenshot(page, "explore-diagnosis");

        // A second run with more states redraws every chart for them.
        await page.EvalOnSelectorAsync("#states", "e => { e.value = '5'; e.dispatchEvent(new Event('input')); }");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("body[data-run-done='2']", Long);
        Assert.Equal(5, await page.Locator("#chart-trust polyline").CountAsync());
        Assert.Equal("125", await page.GetAttributeAsync("#chart-trust", "data-points"));
        Assert.Equal(10, await page.Locator("#network line[data-kind=border]").CountAsync());
        w.AssertClean();
    }

    [Fact]
    public async Task ABadUpload_ShowsTheErrorAtItsField()
    {
        await using var w = await browser.NewPage();
        var page = w.Page;
        await Open(w);
        const string bad = "name: bad\nyears: 10\nstates:\n  - name: Athens\n  - name: Sparta\n    offense: -4\n";
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "bad.yaml", MimeType = "text/yaml", Buffer = Encoding.UTF8.GetBytes(bad) });
        await page.WaitForSelectorAsync(".listing .bad");
        var error = await page.TextContentAsync("#upload-error");
        Assert.Contains("states.Sparta.offense (line 6, column 14)", error, StringComparison.Ordinal);
        Assert.Contains("negative", error, StringComparison.Ordinal);
        var marked = page.Locator(".listing .bad");
        Assert.Equal(1, await marked.CountAsync());
        Assert.Equal("states.Sparta.offense", await marked.GetAttributeAsync("data-field"));
        Assert.StartsWith("  6  ", await marked.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("^ states.Sparta.offense", await page.TextContentAsync(".listing .bad-note"), StringComparison.Ordinal);
        await browser.Screenshot(page, "upload-error");

        // Corrected, the same file is accepted and runs.
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "good.yaml", MimeType = "text/yaml", Buffer = Encoding.UTF8.GetBytes(bad.Replace("-4", "4", StringComparison.Ordinal)) });
        await page.WaitForSelectorAsync("#upload-status:has-text('valid, in use')");
        Assert.Equal("", await page.TextContentAsync("#upload-error"));
        await page.FillAsync("#years", "10");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("body[data-run-done='1']", Long);
        Assert.Equal("20", await page.GetAttributeAsync("#chart-forces", "data-points"));
        w.AssertClean();
    }

    [Fact]
    public async Task FourWorlds_FillsTheHeatmapCellByCell()
    {
        await using var w = await browser.NewPage();
        var page = w.Page;
        await Open(w);
        await page.FillAsync("#years", "15");
        await page.FillAsync("#sweep-grid", "3");
        await page.FillAsync("#sweep-reps", "2");
        Assert.Equal(0, await page.Locator("#heatmap rect").CountAsync());
        await page.ClickAsync("#sweep");
        await page.WaitForSelectorAsync("#sweep-status:has-text('9 cells, 2 runs each')", Long);
        Assert.Equal(9, await page.Locator("#heatmap rect[data-filled='1']").CountAsync());
        await page.Locator("#heatmap").ScrollIntoViewIfNeededAsync();
        await browser.Screenshot(page, "four-worlds");
        w.AssertClean();
    }
}
