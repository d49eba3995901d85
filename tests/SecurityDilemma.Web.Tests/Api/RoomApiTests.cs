using System.Net;
using System.Text.Json;
using SecurityDilemma.Analysis.Diagnosis;
using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Analysis.Lenses;
using SecurityDilemma.Scenarios;
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
        AssertReading(debrief, ScenarioDocument.Load(Path.Combine(ScenarioApiTests.RepoRoot(), "scenarios", "multipolar.yaml")).With("years=3"));
    }

    /// <summary>
    /// The debrief's diagnosis and lens reading: the game's own evidence for the aspects it decides, the engine's replays
    /// of the same world (<paramref name="world"/>) for the counterfactual ones and the lenses.
    /// </summary>
    private void AssertReading(JsonElement debrief, ScenarioDocument world)
    {
        var replications = Limits.ReadingReplications;
        Assert.Contains("cannot be replayed", debrief.GetProperty("note").GetString(), StringComparison.Ordinal);
        var diagnosis = debrief.GetProperty("diagnosis");
        Assert.Equal(replications, diagnosis.GetProperty("replications").GetInt32());
        var aspects = diagnosis.GetProperty("aspects").EnumerateArray().ToList();
        Assert.Equal(AspectCatalogue.All.Select(a => a.Key), aspects.Select(a => a.GetProperty("key").GetString()));
        foreach (var a in aspects)
        {
            var verdict = a.GetProperty("verdict").GetString();
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("evidence").GetString()));
            var agree = Scholars.Names.Where(s => a.GetProperty(s).TryGetProperty("verdict", out var v) && v.GetString() == verdict && verdict != Verdicts.Undecided);
            Assert.Equal(agree, a.GetProperty("fits").EnumerateArray().Select(f => f.GetString()));
        }

        var fit = diagnosis.GetProperty("fit").EnumerateArray().ToList();
        Assert.Equal(Scholars.Names, fit.Select(f => f.GetProperty("scholar").GetString()));
        foreach (var f in fit)
        {
            var scholar = f.GetProperty("scholar").GetString()!;
            Assert.Equal(aspects.Count(a => a.GetProperty("fits").EnumerateArray().Any(x => x.GetString() == scholar)), f.GetProperty("matches").GetInt32());
        }

        // The counterfactual aspects replay the world with the engine leading every state; the rest read the game as
        // played, whose stage games (the students' arming against the one-shot prediction) differ from the engine's.
        var engine = JsonSerializer.SerializeToElement(Diagnoser.Diagnose(RunEvidence.Simulate(world), replications, 1), WebJson.Options);
        var replayed = engine.GetProperty("aspects").EnumerateArray().ToDictionary(a => a.GetProperty("key").GetString()!);
        foreach (var key in new[] { "anarchy_as_source", "regulators", "universal_or_conditional", "important_cause_of_war", "cause_of_all_war" })
        {
            var a = aspects.Single(x => x.GetProperty("key").GetString() == key);
            Assert.Equal(replayed[key].GetProperty("evidence").GetString(), a.GetProperty("evidence").GetString());
        }

        var games = diagnosis.GetProperty("stage_games");
        Assert.True(games.GetProperty("dyad_years").GetInt32() > 0);
        Assert.NotEqual(engine.GetProperty("stage_games").GetRawText(), games.GetRawText());

        // The lens reading: the world as given and every lens, on the same seeds, as `dilemma lenses` would give.
        var lenses = debrief.GetProperty("lenses");
        var rows = lenses.GetProperty("outcomes").EnumerateArray().ToList();
        Assert.Equal(["none", .. LensCatalogue.All.Select(l => l.Name)], rows.Select(r => r.GetProperty("lens").GetString()));
        var expected = LensComparison.Run(world, LensCatalogue.All, replications, 1);
        for (var k = 0; k < rows.Count; k++)
        {
            Assert.Equal(expected.Outcomes[k].WarsPerRun.Value, rows[k].GetProperty("wars_per_run").GetProperty("value").GetDouble(), 12);
            Assert.Equal(expected.Outcomes[k].FinalMeanTrust.Value, rows[k].GetProperty("final_mean_trust").GetProperty("value").GetDouble(), 12);
        }

        Assert.All(rows.Skip(1), r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("assumes").GetString())));
        Assert.Contains(lenses.GetProperty("nearest").GetString(), rows.Select(r => r.GetProperty("lens").GetString()));
        var lines = lenses.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(rows.Count + 2, lines.Count);
        Assert.Contains(lines, l => l.StartsWith("The game as played", StringComparison.Ordinal));
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
