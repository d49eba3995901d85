using System.Net;
using System.Text.Json;
using SecurityDilemma.Web.Hosting;
using static SecurityDilemma.Web.Tests.Infrastructure.Api;

namespace SecurityDilemma.Web.Tests.Api;

/// <summary>The classroom endpoints: open, join, start, view, decide, advance, debrief, and their refusals.</summary>
public sealed class RoomApiTests : ServerTestBase
{
    protected override ServerLimits Limits => new() { MaxRooms = 3 };

    private async Task<(string Code, string Teacher)> Open(int years = 3, int turn = 60, string scenario = "multipolar")
    {
        var room = await Json(await Post(Client, "/api/rooms", new { scenario, years, turn_seconds = turn }), HttpStatusCode.Created);
        return (room.GetProperty("code").GetString()!, room.GetProperty("teacher_token").GetString()!);
    }

    private async Task<(string Token, string State)> Join(string code, string name)
    {
        var p = await Json(await Post(Client, $"/api/rooms/{code}/join", new { name }), HttpStatusCode.Created);
        return (p.GetProperty("token").GetString()!, p.GetProperty("state").GetString()!);
    }

    private async Task<JsonElement> View(string code, string token) => await Json(await Client.GetAsync($"/api/rooms/{code}?token={token}"));

    [Fact]
    public async Task AGame_FromLobbyToDebrief()
    {
        var (code, teacher) = await Open(years: 3);
        Assert.Matches("^[A-Z2-9]{6}$", code);
        var (ann, annState) = await Join(code, "Ann");
        var (bob, bobState) = await Join(code.ToLowerInvariant(), "Bob");
        Assert.Equal(("Insula", "Montania"), (annState, bobState));
        Assert.Equal("lobby", (await View(code, ann)).GetProperty("phase").GetString());
        await Json(await Post(Client, $"/api/rooms/{code}/start", new { token = teacher }));

        // Ann sees her neighbours' forces and her own trust in them, and nothing of their motives.
        var view = await View(code, ann);
        Assert.Equal("playing", view.GetProperty("phase").GetString());
        Assert.Equal(["Montania", "Planitia"], view.GetProperty("neighbours").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.DoesNotContain("motive", view.GetRawText(), StringComparison.Ordinal);

        for (var year = 1; year <= 3; year++)
        {
            await Json(await Post(Client, $"/api/rooms/{code}/decisions", new { token = ann, burden = 0.02, offense_share = 0.1, signal_restraint = true }), HttpStatusCode.Accepted);
            Assert.Equal(year - 1, (await View(code, ann)).GetProperty("year").GetInt32()); // waits for Bob
            await Json(await Post(Client, $"/api/rooms/{code}/decisions", new { token = bob, burden = 0.2, offense_share = 0.9, posture = "firmness" }), HttpStatusCode.Accepted);
            Assert.Equal(year, (await View(code, ann)).GetProperty("year").GetInt32());
        }

        var annView = await View(code, ann);
        Assert.Equal("finished", annView.GetProperty("phase").GetString());
        Assert.Equal(3, annView.GetProperty("history").GetArrayLength());
        var debrief = await Json(await Client.GetAsync($"/api/rooms/{code}/debrief"));
        Assert.Equal(5, debrief.GetProperty("motives").EnumerateObject().Count());
        var players = debrief.GetProperty("players").EnumerateArray().ToList();
        Assert.Equal(["Ann", "Bob"], players.Select(p => p.GetProperty("name").GetString()));

        // Insula (Ann) and Montania (Bob) border each other and nobody else in common. Ann signalled restraint while Bob
        // armed offensively, so at the end Bob's state trusts Ann more than Ann's state trusts Bob.
        var inAnn = players[0].GetProperty("trust_in_player");
        var inBob = players[1].GetProperty("trust_in_player");
        Assert.Equal(3, inAnn.GetProperty("Montania").GetArrayLength());
        Assert.Equal(["Montania", "Planitia"], inAnn.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Centralia", "Insula"], inBob.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var bobInAnn = inAnn.GetProperty("Montania")[2].GetDouble();
        var annInBob = inBob.GetProperty("Insula")[2].GetDouble();
        Assert.True(bobInAnn > annInBob, $"Montania's trust in Ann {bobInAnn:F3}, Insula's trust in Bob {annInBob:F3}");
        Assert.Contains(debrief.GetProperty("reading").EnumerateArray(), r => r.GetString()!.Contains("Spiral index", StringComparison.Ordinal));
        Assert.Equal(0.02, players[0].GetProperty("burden")[0].GetDouble(), 1);
    }

    [Fact]
    public async Task TheDeadline_ResolvesTheYearWithoutTheLateStudent()
    {
        var (code, teacher) = await Open(years: 2, turn: 2);
        var (ann, _) = await Join(code, "Ann");
        await Join(code, "Bob");
        await Json(await Post(Client, $"/api/rooms/{code}/start", new { token = teacher }));
        await Json(await Post(Client, $"/api/rooms/{code}/decisions", new { token = ann, burden = 0.1 }), HttpStatusCode.Accepted);
        Assert.Equal(0, (await View(code, ann)).GetProperty("year").GetInt32());
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await View(code, ann)).GetProperty("year").GetInt32() == 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, (await View(code, ann)).GetProperty("year").GetInt32());
        Assert.InRange(waited.Elapsed.TotalSeconds, 1.0, 10);
    }

    [Fact]
    public async Task TheTeacher_CanEndAYearEarly()
    {
        var (code, teacher) = await Open(years: 2);
        var (ann, _) = await Join(code, "Ann");
        await Json(await Post(Client, $"/api/rooms/{code}/start", new { token = teacher }));
        await Error(await Post(Client, $"/api/rooms/{code}/advance", new { token = ann }), HttpStatusCode.Forbidden, "token");
        await Json(await Post(Client, $"/api/rooms/{code}/advance", new { token = teacher }));
        Assert.Equal(1, (await View(code, ann)).GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task UnknownRoom_Is404Everywhere()
    {
        await Error(await Client.GetAsync("/api/rooms/ZZZZZZ"), HttpStatusCode.NotFound, "code", "ZZZZZZ");
        await Error(await Post(Client, "/api/rooms/ZZZZZZ/join", new { name = "Ann" }), HttpStatusCode.NotFound, "code");
        await Error(await Post(Client, "/api/rooms/ZZZZZZ/start", new { token = "x" }), HttpStatusCode.NotFound, "code");
        await Error(await Post(Client, "/api/rooms/ZZZZZZ/advance", new { token = "x" }), HttpStatusCode.NotFound, "code");
        await Error(await Post(Client, "/api/rooms/ZZZZZZ/decisions", new { token = "x" }), HttpStatusCode.NotFound, "code");
        await Error(await Client.GetAsync("/api/rooms/ZZZZZZ/debrief"), HttpStatusCode.NotFound, "code");
    }

    [Fact]
    public async Task BadRoomRequests_Are4xx()
    {
        await Error(await Post(Client, "/api/rooms", new { scenario = "atlantis" }), HttpStatusCode.NotFound, "scenario");
        await Error(await Post(Client, "/api/rooms", new { years = 3 }), HttpStatusCode.BadRequest, "scenario");
        await Error(await Post(Client, "/api/rooms", new { scenario = "spiral", years = 51 }), HttpStatusCode.BadRequest, "years");
        await Error(await Post(Client, "/api/rooms", new { scenario = "spiral", turn_seconds = 1 }), HttpStatusCode.BadRequest, "turn_seconds");
        await Error(await Post(Client, "/api/rooms", "{\"scenario\":"), HttpStatusCode.BadRequest, contains: "malformed JSON");

        var (code, teacher) = await Open(scenario: "spiral");
        await Error(await Post(Client, $"/api/rooms/{code}/start", new { token = teacher }), HttpStatusCode.Conflict, contains: "no students");
        await Error(await Post(Client, $"/api/rooms/{code}/join", new { name = "" }), HttpStatusCode.BadRequest, "name");
        await Error(await Post(Client, $"/api/rooms/{code}/join", new { name = new string('x', 41) }), HttpStatusCode.BadRequest, "name");
        var (ann, _) = await Join(code, "Ann");
        await Error(await Post(Client, $"/api/rooms/{code}/decisions", new { token = ann, burden = 0.1 }), HttpStatusCode.Conflict, contains: "not started");
        await Join(code, "Bob");
        await Error(await Post(Client, $"/api/rooms/{code}/join", new { name = "Cleo" }), HttpStatusCode.Conflict, contains: "full");
        await Error(await Post(Client, $"/api/rooms/{code}/start", new { token = ann }), HttpStatusCode.Forbidden, "token");
        await Error(await Client.GetAsync($"/api/rooms/{code}?token=forged"), HttpStatusCode.Forbidden, "token");
        await Json(await Post(Client, $"/api/rooms/{code}/start", new { token = teacher }));
        await Error(await Post(Client, $"/api/rooms/{code}/start", new { token = teacher }), HttpStatusCode.Conflict);
        await Error(await Client.GetAsync($"/api/rooms/{code}/debrief"), HttpStatusCode.Conflict, contains: "not over");

        await Error(await Post(Client, $"/api/rooms/{code}/decisions", new { token = "forged", burden = 0.1 }), HttpStatusCode.Forbidden, "token");
        await Error(await Post(Client, $"/api/rooms/{code}/decisions", new { token = ann, burden = 0.5 }), HttpStatusCode.BadRequest, "burden");
        await Error(await Post(Client, $"/api/rooms/{code}/decisions", new { token = ann, offense_share = -0.1 }), HttpStatusCode.BadRequest, "offense_share");
        await Error(await Post(Client, $"/api/rooms/{code}/decisions", new { token = ann, attack = "Atlantis" }), HttpStatusCode.BadRequest, "attack");
        await Error(await Post(Client, $"/api/rooms/{code}/decisions", new { token = ann, seek_ally = "Athens" }), HttpStatusCode.BadRequest, "seek_ally");
        await Error(await Post(Client, $"/api/rooms/{code}/decisions", new { token = ann, posture = "aggressive" }), HttpStatusCode.BadRequest, contains: "malformed JSON");
        await Error(await Post(Client, $"/api/rooms/{code}/decisions", new { token = ann, burden = 0.1, spying = true }), HttpStatusCode.BadRequest, "spying");
        await Error(await Post(Client, $"/api/rooms/{code}/join", new { name = "Dan" }), HttpStatusCode.Conflict, contains: "already started");
    }

    [Fact]
    public async Task RoomsPerServer_AreLimited()
    {
        for (var k = 0; k < 3; k++)
        {
            await Open();
        }

        await Error(await Post(Client, "/api/rooms", new { scenario = "spiral" }), HttpStatusCode.TooManyRequests, contains: "limit");
    }
}
