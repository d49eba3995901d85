using Microsoft.Playwright;
using SecurityDilemma.Web.Tests.Api;
using SecurityDilemma.Web.Tests.Infrastructure;

namespace SecurityDilemma.Web.Tests.Browser;

/// <summary>
/// The real server on a free loopback port and Debian's Chromium driven by Playwright (nothing downloaded: the driver
/// ships in the package, the browser is /usr/bin/chromium). Shared by the browser tests of one collection.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: TestResults/web-screenshots under the repository (kept by CI as artifacts).</summary>
    public string Artifacts { get; } = Path.Combine(ScenarioApiTests.RepoRoot(), "TestResults", "web-screenshots");

    public async Task InitializeAsync()
    {
        (_app, Address) = await TestServers.Loopback();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(Artifacts);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _app!.DisposeAsync();
    }

    /// <summary>
    /// A page in a fresh context that records every console error, uncaught exception and request leaving the server
    /// (the pages must work offline); <see cref="WatchedPage.AssertClean"/> fails the test on any.
    /// </summary>
    public async Task<WatchedPage> NewPage()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var watched = new WatchedPage(context, page, this);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                watched.Problems.Add($"console error: {m.Text}");
            }
        };
        page.PageError += (_, e) => watched.Problems.Add($"uncaught: {e}");
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(Address.ToString(), StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                watched.Problems.Add($"request outside the server: {r.Url}");
            }
        };
        return watched;
    }

    /// <summary>
    /// Saves a screenshot (NAME.png) among the artifacts and, when DILEMMA_DOCS_SCREENSHOTS names a folder, a small JPEG
    /// copy there (docs/web/NAME.jpg; a relative folder is taken from the repository's root).
    /// </summary>
    public async Task Screenshot(IPage page, string name)
    {
        await File.WriteAllBytesAsync(Path.Combine(Artifacts, name + ".png"), await page.ScreenshotAsync());
        var docs = Environment.GetEnvironmentVariable("DILEMMA_DOCS_SCREENSHOTS");
        if (!string.IsNullOrEmpty(docs))
        {
            // A relative folder is the repository's (the test runs in its output folder).
            docs = Path.Combine(ScenarioApiTests.RepoRoot(), docs);
            Directory.CreateDirectory(docs);
            var jpeg = await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Jpeg, Quality = 70 });
            await File.WriteAllBytesAsync(Path.Combine(docs, name + ".jpg"), jpeg);
        }
    }
}
