namespace SecurityDilemma.Web.Tests.Browser;

/// <summary>The watch every browser test relies on: a console error or an uncaught exception on a page fails <see cref="WatchedPage.AssertClean"/>.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WatchTests(BrowserFixture browser)
{
    [Fact]
    public async Task AConsoleErrorOrAnUncaughtException_FailsTheTest()
    {
        await using var w = await browser.NewPage();
        await w.Page.GotoAsync(w.Url("/"));
        await w.Page.WaitForSelectorAsync("#scenario option[value=spiral]", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        w.AssertClean();

        await w.Page.EvaluateAsync("() => console.error('a test error')");
        await w.Page.EvaluateAsync("() => setTimeout(() => { throw new Error('a test exception'); }, 0)");
        await w.Page.WaitForTimeoutAsync(200);
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(w.AssertClean);
        Assert.Contains("console error: a test error", failure.Message, StringComparison.Ordinal);
        Assert.Contains("a test exception", failure.Message, StringComparison.Ordinal);
    }
}
