using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using SecurityDilemma.Web.Hosting;

namespace SecurityDilemma.Web.Tests.Infrastructure;

/// <summary>The server under test: in memory (API tests) or on a free loopback port (browser and load tests).</summary>
public static class TestServers
{
    /// <summary>The real server hosted in memory (Microsoft.AspNetCore.TestHost, from Mvc.Testing) and a client for it.</summary>
    public static async Task<(WebApplication App, HttpClient Client)> InMemory(ServerLimits? limits = null)
    {
        var app = WebServer.Create(limits ?? new ServerLimits(), [], b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return (app, app.GetTestClient());
    }

    /// <summary>The real server on Kestrel at 127.0.0.1 on a port the system picks; returns its base address.</summary>
    public static async Task<(WebApplication App, Uri Address)> Loopback(ServerLimits? limits = null)
    {
        var app = WebServer.Create(limits ?? new ServerLimits(), ["http://127.0.0.1:0"]);
        await app.StartAsync();
        return (app, new Uri(WebServer.Address(app)));
    }
}
