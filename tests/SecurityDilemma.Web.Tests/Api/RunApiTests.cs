using System.Net;
using SecurityDilemma.Web.Hosting;
using static SecurityDilemma.Web.Tests.Infrastructure.Api;

namespace SecurityDilemma.Web.Tests.Api;

/// <summary>POST /api/runs: the stream, the sliders, and every kind of bad request.</summary>
public sealed class RunApiTests : ServerTestBase
{
    protected override ServerLimits Limits => new() { MaxBodyBytes = 4096, MaxStateYears = 2_000 };

    [Fact]
    public async Task Run_StreamsStartThenEachYearThenEnd()
    {
        var lines = await Lines(await Post(Client, "/api/runs", new { scenario = "multipolar", years = 12, seed = 3 }));
        Assert.Equal(["start", .. Enumerable.Repeat("year", 12), "end"], lines.Select(Type));
        Assert.Equal(Enumerable.Range(1, 12), lines.Skip(1).Take(12).Select(l => l.GetProperty("year").GetInt32()));
        Assert.Equal(6, lines[0].GetProperty("borders").GetArrayLength()); // multipolar.yaml lists six borders
        Assert.All(lines.Skip(1).Take(12), l => Assert.Equal(5, l.GetProperty("states").GetArrayLength()));
        Assert.True(lines.Skip(1).Sum(l => l.TryGetProperty("events", out var e) ? e.GetArrayLength() : 0) > 0);
        Assert.True(lines[^1].GetProperty("metrics").TryGetProperty("spiral_index", out _));
    }

    [Fact]
    public async Task Run_IsDeterministic()
    {
        var body = new { scenario = "spiral", years = 20, seed = 11 };
        var a = await (await Post(Client, "/api/runs", body)).Content.ReadAsStringAsync();
        var b = await (await Post(Client, "/api/runs", body)).Content.ReadAsStringAsync();
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task Sliders_ReachTheEngine()
    {
        var lines = await Lines(await Post(Client, "/api/runs", new
        {
            scenario = "spiral",
            years = 5,
            settings = new { offense_defense_balance = 3.0, distinguishability = 0.9, states = 7, greedy_share = 2.0 / 7 },
        }));
        var start = lines[0];
        Assert.Equal(3.0, start.GetProperty("technology").GetProperty("offense_defense_balance").GetDouble());
        Assert.Equal(0.9, start.GetProperty("technology").GetProperty("distinguishability").GetDouble());
        var motives = start.GetProperty("states").EnumerateArray().Select(s => s.GetProperty("motive").GetString()).ToList();
        Assert.Equal(7, motives.Count);
        Assert.Equal(2, motives.Count(m => m == "greedy"));
        Assert.Equal(21, start.GetProperty("borders").GetArrayLength()); // a resized world borders everywhere: 7 * 6 / 2
        Assert.Equal(7, lines[1].GetProperty("trust").GetArrayLength());
    }

    [Fact]
    public async Task PriorTrustSlider_ChangesTheFirstYearsTrust()
    {
        async Task<double> FirstTrust(double prior) =>
            (await Lines(await Post(Client, "/api/runs", new { scenario = "spiral", years = 1, settings = new { prior_trust = prior } })))[1]
                .GetProperty("states")[0].GetProperty("trust").GetDouble();
        Assert.True(await FirstTrust(0.9) > await FirstTrust(0.1) + 0.3);
    }

    [Fact]
    public async Task EmpathySlider_ChangesWhatTheSpiralsLeadersReadIntoArming()
    {
        // Graded spiral: leaders who see the fear their own forces cause (empathy 1) end 30 years more trusting than blind
        // ones, on average over ten seeds (one seed's path may go either way).
        async Task<double> LastTrust(double empathy)
        {
            var sum = 0.0;
            for (var seed = 1; seed <= 10; seed++)
            {
                sum += (await Lines(await Post(Client, "/api/runs", new { scenario = "spiral", years = 30, seed, settings = new { empathy } })))[30]
                    .GetProperty("states")[0].GetProperty("trust").GetDouble();
            }

            return sum / 10;
        }

        Assert.True(await LastTrust(1.0) > await LastTrust(0.0));
    }

    [Fact]
    public async Task UploadedYaml_Runs()
    {
        const string yaml = "name: up\nyears: 4\nstates:\n  - name: X\n  - name: Y\n  - name: Z\n";
        var lines = await Lines(await Post(Client, "/api/runs", new { yaml }));
        Assert.Equal(6, lines.Count);
        Assert.Equal("up", lines[0].GetProperty("scenario").GetString());
    }

    [Fact]
    public async Task UploadedYamlWithAMistake_Is400AtTheField()
    {
        var error = await Error(await Post(Client, "/api/runs", new { yaml = "name: up\nstates:\n  - name: X\n    motive: angry\n  - name: Y\n" }),
            HttpStatusCode.BadRequest, "states.X.motive");
        Assert.Equal(4, error.GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("{\"scenario\": \"spiral\"", "malformed JSON")]
    [InlineData("{\"scenario\": spiral}", "malformed JSON")]
    [InlineData("[1, 2]", "malformed JSON")]
    [InlineData("{\"scenario\": \"spiral\", \"yeers\": 3}", "unknown field 'yeers'")]
    [InlineData("{\"scenario\": \"spiral\", \"years\": \"ten\"}", "malformed JSON")]
    [InlineData("", "no body")]
    [InlineData("null", "null")]
    public async Task MalformedBodies_Are400(string body, string message) =>
        await Error(await Post(Client, "/api/runs", body), HttpStatusCode.BadRequest, contains: message);

    [Fact]
    public async Task OversizedBody_Is413()
    {
        var yaml = "name: big\n# " + new string('x', 5000) + "\nstates:\n  - name: A\n  - name: B\n";
        await Error(await Post(Client, "/api/runs", new { yaml }), HttpStatusCode.RequestEntityTooLarge, contains: "4096");
    }

    [Theory]
    [InlineData("offense_defense_balance", -1.0)]
    [InlineData("offense_defense_balance", 1e9)]
    [InlineData("distinguishability", 1.5)]
    [InlineData("worst_case_bias", -0.1)]
    [InlineData("prior_trust", 1.0)]
    [InlineData("empathy", 1.5)]
    [InlineData("greedy_share", 1.01)]
    [InlineData("states", 1.0)]
    [InlineData("states", 61.0)]
    public async Task SliderOutOfRange_Is400NamingIt(string setting, double value)
    {
        var settings = new Dictionary<string, double> { [setting] = value };
        await Error(await Post(Client, "/api/runs", new { scenario = "spiral", years = 3, settings }), HttpStatusCode.BadRequest, $"settings.{setting}");
    }

    [Fact]
    public async Task NaNSlider_Is400() =>
        await Error(await Post(Client, "/api/runs", "{\"scenario\":\"spiral\",\"settings\":{\"distinguishability\":\"NaN\"}}"),
            HttpStatusCode.BadRequest, "settings.distinguishability");

    [Fact]
    public async Task TooManyStateYears_Is400BeforeRunning() =>
        await Error(await Post(Client, "/api/runs", new { scenario = "multipolar", years = 401 }), HttpStatusCode.BadRequest, "years", "2000");

    [Fact]
    public async Task YearsOutOfRange_Is400() =>
        await Error(await Post(Client, "/api/runs", new { scenario = "spiral", years = 0 }), HttpStatusCode.BadRequest, "years");

    [Fact]
    public async Task UnknownScenario_Is404() =>
        await Error(await Post(Client, "/api/runs", new { scenario = "atlantis" }), HttpStatusCode.NotFound, "scenario", "atlantis");

    [Fact]
    public async Task NoScenario_Is400() =>
        await Error(await Post(Client, "/api/runs", new { years = 3 }), HttpStatusCode.BadRequest, "scenario");

    [Fact]
    public async Task BothScenarioAndYaml_Is400() =>
        await Error(await Post(Client, "/api/runs", new { scenario = "spiral", yaml = "name: x" }), HttpStatusCode.BadRequest, "scenario");

    [Fact]
    public async Task WrongContentType_Is415()
    {
        var response = await Client.PostAsync("/api/runs", new StringContent("scenario=spiral", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        await Error(response, HttpStatusCode.UnsupportedMediaType, contains: "Content-Type: application/json");
    }
}
