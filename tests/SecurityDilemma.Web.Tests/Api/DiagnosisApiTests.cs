using System.Net;
using System.Text.Json;
using SecurityDilemma.Analysis.Diagnosis;
using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Analysis.Lenses;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Web.Hosting;
using static SecurityDilemma.Web.Tests.Infrastructure.Api;

namespace SecurityDilemma.Web.Tests.Api;

/// <summary>POST /api/diagnoses: a run's diagnosis and lens reading, as the CLI's diagnose and lenses give them, and its refusals.</summary>
public sealed class DiagnosisApiTests : ServerTestBase
{
    protected override ServerLimits Limits => new() { ReadingReplications = 8, MaxReadingStateYears = 200_000, MaxBodyBytes = 4096 };

    [Fact]
    public async Task ARun_IsDiagnosedAsTheLibraryDiagnosesIt()
    {
        var reading = await Json(await Post(Client, "/api/diagnoses", new { scenario = "spiral", years = 40, seed = 5, settings = new { worst_case_bias = 0.4, greedy_share = 0.5 } }));
        var world = ScenarioDocument.Load(Path.Combine(ScenarioApiTests.RepoRoot(), "scenarios", "spiral.yaml"))
            .With("seed=5", "years=40", "states.*.worst_case_bias=0.4", "states[0].motive=security_seeker", "states[1].motive=greedy");
        var expected = Diagnoser.Diagnose(RunEvidence.Simulate(world, 5), 8, 1);
        Assert.Equal(JsonSerializer.Serialize(expected, WebJson.Options), reading.GetProperty("diagnosis").GetRawText());
        Assert.Equal(12, reading.GetProperty("diagnosis").GetProperty("aspects").GetArrayLength());

        var lenses = LensComparison.Run(world, LensCatalogue.All, 8, 1);
        var rows = reading.GetProperty("lenses").GetProperty("outcomes").EnumerateArray().ToList();
        Assert.Equal(lenses.Outcomes.Select(o => o.Lens), rows.Select(r => r.GetProperty("lens").GetString()));
        Assert.Equal(lenses.Outcomes.Select(o => o.WarsPerRun.Value), rows.Select(r => r.GetProperty("wars_per_run").GetProperty("value").GetDouble()));
        Assert.Contains("seeds 5 to 12", reading.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("This run:", reading.GetProperty("lenses").GetProperty("lines").EnumerateArray().ToList()[^2].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadDiagnosisRequests_Are4xx()
    {
        await Error(await Post(Client, "/api/diagnoses", new { scenario = "spiral", settings = new { states = 4 } }), HttpStatusCode.BadRequest, "settings.states", "cannot be diagnosed");
        await Error(await Post(Client, "/api/diagnoses", new { scenario = "multipolar", years = 300 }), HttpStatusCode.BadRequest, "years", "replays this world");
        await Error(await Post(Client, "/api/diagnoses", new { scenario = "atlantis" }), HttpStatusCode.NotFound, "scenario");
        await Error(await Post(Client, "/api/diagnoses", new { scenario = "spiral", settings = new { distinguishability = 2 } }), HttpStatusCode.BadRequest, "settings.distinguishability");
        await Error(await Post(Client, "/api/diagnoses", new { scenario = "spiral", replications = 5 }), HttpStatusCode.BadRequest, "replications");
        await Error(await Post(Client, "/api/diagnoses", "{\"scenario\": \"spiral\""), HttpStatusCode.BadRequest, contains: "malformed JSON");
        await Error(await Post(Client, "/api/diagnoses", new { yaml = "name: x\nstates: [" }), HttpStatusCode.BadRequest);
        await Error(await Post(Client, "/api/diagnoses", new { yaml = new string('#', 5000) }), HttpStatusCode.RequestEntityTooLarge);
        await Error(await Client.PostAsync("/api/diagnoses", new StringContent("scenario=spiral")), HttpStatusCode.UnsupportedMediaType);
    }
}
