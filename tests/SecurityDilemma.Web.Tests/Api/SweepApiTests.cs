using System.Net;
using SecurityDilemma.Web.Hosting;
using static SecurityDilemma.Web.Tests.Infrastructure.Api;

namespace SecurityDilemma.Web.Tests.Api;

/// <summary>POST /api/sweeps: the four worlds, cell by cell, and its limits.</summary>
public sealed class SweepApiTests : ServerTestBase
{
    protected override ServerLimits Limits => new() { MaxSweepStateYears = 10_000 };

    [Fact]
    public async Task Sweep_StreamsEveryCellOnce()
    {
        var lines = await Lines(await Post(Client, "/api/sweeps", new { scenario = "spiral", years = 20, grid = 3, replications = 2 }));
        Assert.Equal("start", Type(lines[0]));
        Assert.Equal([0.5, 1.0, 2.0], lines[0].GetProperty("balances").EnumerateArray().Select(x => x.GetDouble()));
        var cells = lines.Where(l => Type(l) == "cell").ToList();
        Assert.Equal(9, cells.Count);
        Assert.Equal(9, cells.Select(c => (c.GetProperty("balance").GetInt32(), c.GetProperty("distinguishability").GetInt32())).Distinct().Count());
        Assert.All(cells, c => Assert.InRange(c.GetProperty("war_rate").GetDouble(), 0, 1));
        Assert.Equal("end", Type(lines[^1]));
    }

    [Fact]
    public async Task OffenseDominance_ArmsMoreThanDefenseDominance()
    {
        // Jervis (1978): where offense has the advantage and forces look alike, security seekers arm more.
        var lines = await Lines(await Post(Client, "/api/sweeps", new { scenario = "spiral", years = 30, grid = 2, replications = 3 }));
        double Burden(int b, int d) => lines.Single(l => Type(l) == "cell" && l.GetProperty("balance").GetInt32() == b && l.GetProperty("distinguishability").GetInt32() == d)
            .GetProperty("mean_burden").GetDouble();
        Assert.True(Burden(0, 0) > Burden(1, 1), $"burden offense-dominant/indistinguishable {Burden(0, 0):F4}, defense-dominant/distinguishable {Burden(1, 1):F4}");
    }

    [Theory]
    [InlineData(1, 2, "grid")]
    [InlineData(9, 2, "grid")]
    [InlineData(3, 0, "replications")]
    [InlineData(3, 51, "replications")]
    public async Task GridOrReplicationsOutOfRange_Is400(int grid, int replications, string field) =>
        await Error(await Post(Client, "/api/sweeps", new { scenario = "spiral", grid, replications }), HttpStatusCode.BadRequest, field);

    [Fact]
    public async Task TooMuchWork_Is400BeforeRunning() =>
        await Error(await Post(Client, "/api/sweeps", new { scenario = "multipolar", years = 100, grid = 4, replications = 10 }), HttpStatusCode.BadRequest, "replications", "10000");

    [Fact]
    public async Task UnknownScenario_Is404() =>
        await Error(await Post(Client, "/api/sweeps", new { scenario = "atlantis" }), HttpStatusCode.NotFound, "scenario");

    [Fact]
    public async Task MalformedJson_Is400() =>
        await Error(await Post(Client, "/api/sweeps", "{\"grid\": 3"), HttpStatusCode.BadRequest, contains: "malformed JSON");
}
