using Microsoft.Playwright;

namespace SecurityDilemma.Reports.Tests.Support;

/// <summary>
/// Debian's Chromium (headless, through Playwright; nothing is downloaded), launched once for the report browser tests:
/// each test opens its report in a fresh browser context, so no page state passes from one test to the next, and the
/// launch (a few seconds of start-up) is paid once.
/// </summary>
public sealed class ReportBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
