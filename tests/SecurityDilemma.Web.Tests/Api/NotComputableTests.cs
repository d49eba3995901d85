using System.Text.Json;
using System.Text.Json.Serialization;
using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Web.Hosting;
using SecurityDilemma.Web.Reading;
using Xunit.Abstractions;
using static SecurityDilemma.Web.Tests.Infrastructure.Api;

namespace SecurityDilemma.Web.Tests.Api;

/// <summary>
/// The API's JSON is always valid JSON: a number the library cannot compute (NaN, an infinity) arrives as <c>null</c> with
/// a sibling <c>NAME_reason</c>, as the CLI's <c>--json</c> writes it (README.md, "JSON output"), never as "NaN".
/// </summary>
public sealed class NotComputableTests(ITestOutputHelper output) : ServerTestBase
{
    // The library's own numbers, non-finite ones written as the strings "NaN" and "Infinity", in the API's names.
    private static readonly JsonSerializerOptions Reference = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    protected override ServerLimits Limits => new() { ReadingReplications = 1, MaxReadingStateYears = 200_000 };

    [Fact]
    public async Task AnUncomputableNumber_IsNullWithAReason()
    {
        // A server that replays each world once: the lens readings' means come from one value, so their intervals cannot
        // be computed (NaN in the library).
        var response = await Post(Client, "/api/diagnoses", new { scenario = "spiral", years = 20, seed = 2 });
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", text, StringComparison.Ordinal);
        var served = await Json(response);

        var world = ScenarioDocument.Load(Path.Combine(ScenarioApiTests.RepoRoot(), "scenarios", "spiral.yaml")).With("seed=2", "years=20");
        var reading = WorldReading.Of(RunEvidence.Simulate(world, 2), 1, served.GetProperty("note").GetString()!, "This run");
        var library = JsonSerializer.SerializeToElement(reading, Reference);

        var places = new List<string>();
        Compare(library, served, "", places);
        output.WriteLine($"{places.Count} uncomputable numbers, each null with a reason: {string.Join(", ", places.Take(6))}");
        Assert.NotEmpty(places);
    }

    [Fact]
    public void ListsAndNullables_GetTheirReasonOnTheOwner()
    {
        var json = JsonSerializer.Serialize(new Sample(1.5, double.PositiveInfinity, [1, double.NaN, 3], [[1], [2, double.NegativeInfinity]], double.NaN), WebJson.Options);
        Assert.Equal(
            "{\"finite\":1.5,\"infinite\":null,\"infinite_reason\":\"not computable: the quantity exceeds the range of a double (+infinity)\","
            + "\"list\":[1,null,3],\"list_reason\":\"[1]: not computable: the quantity is undefined for this input (0/0, or an interval from fewer than two values)\","
            + "\"nested\":[[1],[2,null]],\"nested_reason\":\"[1][1]: not computable: the quantity exceeds the range of a double (-infinity)\","
            + "\"maybe\":null,\"maybe_reason\":\"not computable: the quantity is undefined for this input (0/0, or an interval from fewer than two values)\"}",
            json);
    }

    [Fact]
    public async Task ARequestMayNotSendNaN() =>
        await Error(await Post(Client, "/api/runs", "{\"scenario\":\"spiral\",\"years\":3,\"settings\":{\"offense_defense_balance\":\"Infinity\"}}"),
            System.Net.HttpStatusCode.BadRequest, "settings.offense_defense_balance");

    // Walks the library's JSON and the served JSON side by side: each non-finite number of the library is null in the
    // served JSON with a reason beside it (for a list item, a reason on the list naming the item); everything else is equal.
    private static void Compare(JsonElement library, JsonElement served, string path, List<string> places)
    {
        switch (library.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in library.EnumerateObject())
                {
                    var place = $"{path}.{p.Name}";
                    Assert.True(served.TryGetProperty(p.Name, out var value), $"{place} missing");
                    if (NonFinite(p.Value))
                    {
                        Assert.True(value.ValueKind == JsonValueKind.Null, $"{place}: {value}");
                        Assert.StartsWith("not computable: ", served.GetProperty(p.Name + "_reason").GetString(), StringComparison.Ordinal);
                        places.Add(place);
                    }
                    else if (p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().Any(NonFinite))
                    {
                        var first = p.Value.EnumerateArray().TakeWhile(e => !NonFinite(e)).Count();
                        Assert.StartsWith($"[{first}]: not computable: ", served.GetProperty(p.Name + "_reason").GetString(), StringComparison.Ordinal);
                        Compare(p.Value, value, place, places);
                    }
                    else
                    {
                        Compare(p.Value, value, place, places);
                    }
                }

                break;
            case JsonValueKind.Array:
                Assert.Equal(library.GetArrayLength(), served.GetArrayLength());
                for (var i = 0; i < library.GetArrayLength(); i++)
                {
                    if (NonFinite(library[i]))
                    {
                        Assert.Equal(JsonValueKind.Null, served[i].ValueKind);
                        places.Add($"{path}[{i}]");
                    }
                    else
                    {
                        Compare(library[i], served[i], $"{path}[{i}]", places);
                    }
                }

                break;
            case JsonValueKind.String:
                Assert.True(library.GetString() == served.GetString(), $"{path}: {library} vs {served}");
                break;
            default:
                Assert.True(library.GetRawText() == served.GetRawText(), $"{path}: {library} vs {served}");
                break;
        }
    }

    /// <summary>Numbers as the API's objects hold them: plain, in lists, in lists of lists, nullable.</summary>
    public sealed record Sample(double Finite, double Infinite, double[] List, IReadOnlyList<IReadOnlyList<double>> Nested, double? Maybe);

    private static bool NonFinite(JsonElement e) => e.ValueKind == JsonValueKind.String && e.GetString() is "NaN" or "Infinity" or "-Infinity";
}
