using System.Net;
using System.Text;
using SecurityDilemma.Web.Hosting;
using static SecurityDilemma.Web.Tests.Infrastructure.Api;

namespace SecurityDilemma.Web.Tests.Api;

/// <summary>
/// Every POST endpoint against the same three mistakes (malformed JSON, a body over the limit, a body that is not JSON)
/// and every room endpoint against an unknown room: each a 4xx with a message, never a 500.
/// </summary>
public sealed class EveryEndpointTests : ServerTestBase
{
    public static TheoryData<string> PostPaths => new()
    {
        "/api/scenarios/validate", "/api/runs", "/api/sweeps", "/api/diagnoses", "/api/rooms",
        "/api/rooms/{code}/join", "/api/rooms/{code}/start", "/api/rooms/{code}/advance", "/api/rooms/{code}/decisions",
    };

    protected override ServerLimits Limits => new() { MaxBodyBytes = 2048 };

    [Theory]
    [MemberData(nameof(PostPaths))]
    public async Task MalformedJson_Is400WithThePosition(string path)
    {
        var url = await Url(path);
        var error = await Error(await Post(Client, url, "{\n  ]"), HttpStatusCode.BadRequest, contains: "malformed JSON");
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        await Error(await Post(Client, url, ""), HttpStatusCode.BadRequest);
        await Error(await Post(Client, url, "[]"), HttpStatusCode.BadRequest, contains: "malformed JSON");
    }

    [Theory]
    [MemberData(nameof(PostPaths))]
    public async Task AnOversizedBody_Is413NamingTheLimit(string path)
    {
        var body = "{\"name\": \"" + new string('x', 4000) + "\"}";
        await Error(await Post(Client, await Url(path), body), HttpStatusCode.RequestEntityTooLarge, contains: "2048");
    }

    [Theory]
    [MemberData(nameof(PostPaths))]
    public async Task ABodyThatIsNotJson_Is415(string path)
    {
        var response = await Client.PostAsync(await Url(path), new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await Error(response, HttpStatusCode.UnsupportedMediaType, contains: "application/json");
    }

    [Theory]
    [MemberData(nameof(PostPaths))]
    public async Task AnUnknownField_Is400NamingIt(string path) =>
        await Error(await Post(Client, await Url(path), "{\"spying\": true}"), HttpStatusCode.BadRequest, "spying");

    // A real room's code, so that the room endpoints reach the body (an unknown code is answered 404 first).
    private async Task<string> Url(string path)
    {
        if (!path.Contains("{code}", StringComparison.Ordinal))
        {
            return path;
        }

        var room = await Json(await Post(Client, "/api/rooms", new { scenario = "spiral" }), HttpStatusCode.Created);
        return path.Replace("{code}", room.GetProperty("code").GetString(), StringComparison.Ordinal);
    }
}
