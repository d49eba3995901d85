using System.Net;
using static SecurityDilemma.Web.Tests.Infrastructure.Api;

namespace SecurityDilemma.Web.Tests.Api;

/// <summary>The OpenAPI document, the pages, the limits endpoint and unknown paths.</summary>
public sealed class GeneralApiTests : ServerTestBase
{
    [Fact]
    public async Task OpenApiDocument_ListsEveryEndpoint()
    {
        var doc = await Json(await Client.GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/limits", "/api/scenarios", "/api/scenarios/{name}", "/api/scenarios/validate", "/api/runs", "/api/sweeps", "/api/diagnoses",
            "/api/rooms", "/api/rooms/{code}", "/api/rooms/{code}/join", "/api/rooms/{code}/start", "/api/rooms/{code}/advance",
            "/api/rooms/{code}/decisions", "/api/rooms/{code}/debrief",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Limits_AreServed()
    {
        var limits = await Json(await Client.GetAsync("/api/limits"));
        Assert.Equal(60, limits.GetProperty("max_states").GetInt32());
        Assert.Equal(4, limits.GetProperty("max_concurrent_runs_per_client").GetInt32());
    }

    [Theory]
    [InlineData("/", "Security dilemma: explorer")]
    [InlineData("/play", "classroom play")]
    [InlineData("/static/explore.js", "readNdjson")]
    [InlineData("/static/charts.js", "const Charts")]
    [InlineData("/static/reading.js", "const Literature")]
    [InlineData("/static/app.css", "--accent")]
    public async Task Pages_AreServedFromTheAssembly(string path, string contains)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(contains, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/static/../../etc/passwd")]
    [InlineData("/static/nothing.js")]
    [InlineData("/api/nothing")]
    [InlineData("/etc/passwd")]
    public async Task UnknownPaths_Are404WithAMessage(string path) =>
        await Error(await Client.GetAsync(path), HttpStatusCode.NotFound);

    [Fact]
    public async Task WrongMethod_IsA4xx()
    {
        var response = await Client.DeleteAsync("/api/runs");
        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
