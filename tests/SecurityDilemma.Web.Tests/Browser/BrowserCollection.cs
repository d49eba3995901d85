namespace SecurityDilemma.Web.Tests.Browser;

/// <summary>The browser tests share one server and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
