using Microsoft.Playwright;

namespace SecurityDilemma.Web.Tests.Browser;

/// <summary>A page whose console errors, uncaught exceptions and outside requests are collected (see <see cref="BrowserFixture.NewPage"/>).</summary>
public sealed class WatchedPage(IBrowserContext context, IPage page, BrowserFixture fixture) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Problems { get; } = [];

    public string Url(string path) => new Uri(fixture.Address, path).ToString();

    public void AssertClean() => Assert.True(Problems.Count == 0, string.Join("\n", Problems));

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
