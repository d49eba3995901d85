using System.Net;
using static SecurityDilemma.Web.Tests.Infrastructure.Api;

namespace SecurityDilemma.Web.Tests.Api;

/// <summary>GET /api/scenarios, GET /api/scenarios/{name}, POST /api/scenarios/validate.</summary>
public sealed class ScenarioApiTests : ServerTestBase
{
    [Fact]
    public async Task List_HasEveryShippedScenarioWithItsSliders()
    {
        var list = await Json(await Client.GetAsync("/api/scenarios"));
        var names = list.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        var files = Directory.GetFiles(Path.Combine(RepoRoot(), "scenarios"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, names);
        var spiral = list.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "spiral");
        Assert.Equal(2, spiral.GetProperty("states").GetInt32());
        var file = SecurityDilemma.Scenarios.ScenarioDocument.Load(Path.Combine(RepoRoot(), "scenarios", "spiral.yaml")).Build();
        Assert.Equal(file.Technology.OffenseDefenseBalance, spiral.GetProperty("sliders").GetProperty("offense_defense_balance").GetDouble());
        Assert.Equal(file.Technology.Distinguishability, spiral.GetProperty("sliders").GetProperty("distinguishability").GetDouble());
    }

    [Fact]
    public async Task One_CarriesItsYaml()
    {
        var s = await Json(await Client.GetAsync("/api/scenarios/spiral"));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoRoot(), "scenarios", "spiral.yaml")), s.GetProperty("yaml").GetString());
    }

    [Fact]
    public async Task UnknownScenario_Is404NamingTheKnownOnes() =>
        await Error(await Client.GetAsync("/api/scenarios/atlantis"), HttpStatusCode.NotFound, "name", "spiral");

    [Fact]
    public async Task Validate_AcceptsAGoodFile()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoRoot(), "scenarios", "multipolar.yaml"));
        var verdict = await Json(await Post(Client, "/api/scenarios/validate", new { yaml }));
        Assert.True(verdict.GetProperty("ok").GetBoolean());
        Assert.Equal(5, verdict.GetProperty("states").GetArrayLength());
    }

    [Fact]
    public async Task Validate_NamesTheFieldLineAndColumnOfAMistake()
    {
        const string yaml = "name: bad\nstates:\n  - name: Athens\n  - name: Sparta\n    offense: -4\n";
        var verdict = await Json(await Post(Client, "/api/scenarios/validate", new { yaml }));
        Assert.False(verdict.GetProperty("ok").GetBoolean());
        var error = verdict.GetProperty("error");
        Assert.Equal("states.Sparta.offense", error.GetProperty("field").GetString());
        Assert.Equal(5, error.GetProperty("line").GetInt32());
        Assert.Equal(14, error.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task Validate_ReportsBrokenYamlSyntax()
    {
        var verdict = await Json(await Post(Client, "/api/scenarios/validate", new { yaml = "name: [unclosed\nstates: {" }));
        Assert.False(verdict.GetProperty("ok").GetBoolean());
        Assert.True(verdict.GetProperty("error").GetProperty("line").GetInt32() >= 1);
    }

    [Fact]
    public async Task Validate_WithoutYaml_Is400() =>
        await Error(await Post(Client, "/api/scenarios/validate", "{}"), HttpStatusCode.BadRequest, "yaml");

    [Fact]
    public async Task Validate_MalformedJson_Is400WithPosition()
    {
        var error = await Error(await Post(Client, "/api/scenarios/validate", "{\"yaml\": \"x\",,}"), HttpStatusCode.BadRequest, contains: "malformed JSON");
        Assert.Equal(1, error.GetProperty("line").GetInt32());
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecurityDilemma.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
