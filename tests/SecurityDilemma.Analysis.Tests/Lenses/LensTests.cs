using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using SecurityDilemma.Analysis.Lenses;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Tests.Lenses;

public sealed class LensTests
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    [Fact]
    public void Catalogue_HoldsTheNineSchools_EachWithASourceAndOneSentence()
    {
        Assert.Equal(
            ["butterfield", "defensive-realism", "herz", "hobbesian", "jervis", "kantian", "lockean", "mitzen", "offensive-realism"],
            LensCatalogue.All.Select(l => l.Name));
        Assert.All(LensCatalogue.All, l =>
        {
            Assert.Matches(@"\d{4}", l.Source);
            Assert.EndsWith(".", l.Assumes, StringComparison.Ordinal);
            Assert.DoesNotContain(". ", l.Assumes, StringComparison.Ordinal);
            Assert.NotEmpty(l.Overrides);
        });
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EachLens_ChangesTheParametersItClaims_AndNothingElse(string name)
    {
        var lens = LensCatalogue.Find(name);
        var document = Worlds.Shipped("multipolar.yaml");
        var before = Flatten(document.Build());
        var after = Flatten(document.With(lens.Overrides).Build());
        var patterns = lens.Overrides.Select(o => (o, Regex: new Regex("^" + Regex.Escape(o.Path).Replace(@"\.\*", @"\[\d+]", StringComparison.Ordinal) + "$"))).ToList();

        // Nothing outside the claimed paths changed.
        var changed = after.Keys.Union(before.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k)).ToList();
        Assert.All(changed, path => Assert.True(patterns.Any(p => p.Regex.IsMatch(path)), $"{name} changed {path}, which it does not claim"));

        // Every claimed path now holds the lens's value.
        foreach (var (o, regex) in patterns)
        {
            var matching = after.Where(kv => regex.IsMatch(kv.Key)).ToList();
            Assert.NotEmpty(matching);
            Assert.All(matching, kv => Assert.Equal(Normalize(o.Value), kv.Value));
        }
    }

    public static TheoryData<string> Names() => [.. LensCatalogue.All.Select(l => l.Name)];

    [Fact]
    public void UnknownLens_IsAnInputErrorNamingTheKnownOnes()
    {
        var e = Assert.Throws<InputException>(() => LensCatalogue.Find("marxist"));
        Assert.Contains("unknown lens 'marxist'", e.Message, StringComparison.Ordinal);
        Assert.Contains("kantian", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LensFile_WhoseNameDiffersFromItsFile_IsRejected()
    {
        var e = Assert.Throws<InputException>(() => LensCatalogue.Parse("name: a\ntitle: t\nsource: s 1999\nassumes: x.\nset:\n  hierarchy: true\n", "lenses/b.yaml", "b"));
        Assert.Contains("differs from the file name", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Every leaf of the scenario as path -> text, e.g. states[1].prior_trust -> 0.5.</summary>
    private static Dictionary<string, string> Flatten(Scenario scenario)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (k, v) in o)
                    {
                        Walk(v, path.Length == 0 ? k : $"{path}.{k}");
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], $"{path}[{i}]");
                    }

                    break;
                default:
                    result[path] = Normalize(node?.ToJsonString().Trim('"') ?? "null");
                    break;
            }
        }

        Walk(JsonSerializer.SerializeToNode(scenario, Options), "");
        return result;
    }

    private static string Normalize(string value)
        => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d.ToString("R", CultureInfo.InvariantCulture) : value;
}
