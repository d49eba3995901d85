using SecurityDilemma.Web.Hosting;
using static SecurityDilemma.Web.Tests.Infrastructure.Api;

namespace SecurityDilemma.Web.Tests.Api;

/// <summary>A run past the per-run time limit ends its stream with an error line (the status was already sent); a diagnosis is answered 503.</summary>
public sealed class TimeLimitTests : ServerTestBase
{
    protected override ServerLimits Limits => new() { RunTimeLimit = TimeSpan.FromMilliseconds(1), MaxStateYears = 30_000 };

    [Fact]
    public async Task LongRun_StopsWithAnErrorLine()
    {
        var lines = await Lines(await Post(Client, "/api/runs", new { scenario = "multipolar", years = 500 }));
        Assert.Equal("error", Type(lines[^1]));
        Assert.Contains("time limit", lines[^1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(lines.Count < 502);
    }

    [Fact]
    public async Task LongDiagnosis_Is503WithTheLimit()
    {
        var response = await Post(Client, "/api/diagnoses", new { scenario = "multipolar", years = 100 });
        await Error(response, System.Net.HttpStatusCode.ServiceUnavailable, contains: "time limit of 0.001 s");
    }

    [Fact]
    public async Task TheServerStillAnswersAfterwards()
    {
        await Lines(await Post(Client, "/api/runs", new { scenario = "multipolar", years = 500 }));
        var list = await Json(await Client.GetAsync("/api/scenarios"));
        Assert.True(list.GetArrayLength() > 0);
    }
}
