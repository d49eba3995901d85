using SecurityDilemma.Web.Hosting;
using SecurityDilemma.Web.Tests.Infrastructure;

namespace SecurityDilemma.Web.Tests.Api;

/// <summary>Starts the real server in memory for each test class (with the limits a class asks for) and stops it after.</summary>
public abstract class ServerTestBase : IAsyncLifetime
{
    private WebApplication? _app;

    protected HttpClient Client { get; private set; } = null!;

    protected virtual ServerLimits Limits => new();

    public async Task InitializeAsync() => (_app, Client) = await TestServers.InMemory(Limits);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _app!.DisposeAsync();
    }
}
