using System.Net;
using SecurityDilemma.Web.Hosting;
using static SecurityDilemma.Web.Tests.Infrastructure.Api;

namespace SecurityDilemma.Web.Tests.Api;

/// <summary>The debrief of a warlike game on every shipped scenario: wars, conquests and all, it is diagnosed and read through every lens.</summary>
public sealed class DebriefApiTests : ServerTestBase
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(ScenarioApiTests.RepoRoot(), "scenarios"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    protected override ServerLimits Limits => new() { ReadingReplications = 3 };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task AStudentWhoAttacksEveryYear_GetsADiagnosedDebrief(string scenario)
    {
        var room = await Json(await Post(Client, "/api/rooms", new { scenario, years = 8 }), HttpStatusCode.Created);
        var code = room.GetProperty("code").GetString()!;
        var student = await Json(await Post(Client, $"/api/rooms/{code}/join", new { name = "Ares" }), HttpStatusCode.Created);
        var token = student.GetProperty("token").GetString()!;
        await Json(await Post(Client, $"/api/rooms/{code}/start", new { token = room.GetProperty("teacher_token").GetString() }));
        var attacks = 0;
        for (var year = 1; year <= 8; year++)
        {
            var view = await Json(await Client.GetAsync($"/api/rooms/{code}?token={token}"));
            var target = view.GetProperty("neighbours").EnumerateArray().FirstOrDefault(n => !n.GetProperty("allied").GetBoolean());
            var attack = target.ValueKind == System.Text.Json.JsonValueKind.Object ? target.GetProperty("name").GetString() : null;
            attacks += attack is null ? 0 : 1;
            await Json(await Post(Client, $"/api/rooms/{code}/decisions", new { token, burden = 0.2, offense_share = 1.0, posture = "firmness", attack }), HttpStatusCode.Accepted);
        }

        Assert.True(attacks > 0, "the student never had a neighbour to attack");
        var debrief = await Json(await Client.GetAsync($"/api/rooms/{code}/debrief"));
        Assert.True(debrief.GetProperty("wars").GetArrayLength() > 0, "an attack every year started no war");
        Assert.Equal(12, debrief.GetProperty("diagnosis").GetProperty("aspects").GetArrayLength());
        Assert.Equal(10, debrief.GetProperty("lenses").GetProperty("outcomes").GetArrayLength());

        // The game's wars decide the aspects read from the game itself: someone attacked, so there was a war to judge.
        var lack = debrief.GetProperty("diagnosis").GetProperty("aspects").EnumerateArray().Single(a => a.GetProperty("key").GetString() == "lack_of_malign_intentions");
        Assert.NotEqual("undecided", lack.GetProperty("verdict").GetString());
    }
}
