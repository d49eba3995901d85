using System.Globalization;
using System.Text.Json.Nodes;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Scenarios.Schema;
using SecurityDilemma.Scenarios.Tree;

namespace SecurityDilemma.Tests.Scenarios;

/// <summary>
/// docs/scenario.schema.json, docs/scenario-format.md and the loader describe one vocabulary. No JSON
/// Schema validator package is available, so a small validator for the keywords the schema uses
/// (type, properties, additionalProperties, required, enum, minimum, exclusiveMinimum, maximum,
/// minItems, maxItems, minLength, maxLength, items) checks the shipped scenarios against the file.
/// </summary>
public class SchemaTests
{
    private static readonly string SchemaPath = RepoFiles.Path("docs/scenario.schema.json");

    private static JsonObject Schema() => JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();

    [Fact]
    public void ShippedSchema_IsTheOneGeneratedFromTheLoadersDefinition()
    {
        var generated = JsonSchemaWriter.Write();
        if (Environment.GetEnvironmentVariable("SD_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaPath, generated);
        }

        Assert.True(
            File.Exists(SchemaPath) && File.ReadAllText(SchemaPath).ReplaceLineEndings("\n") == generated,
            "docs/scenario.schema.json differs from ScenarioSchema; regenerate with: SD_UPDATE_SCHEMA=1 dotnet test tests/SecurityDilemma.Tests --filter ShippedSchema");
    }

    [Fact]
    public void SchemaPropertyNames_EqualTheKeysTheLoaderAccepts()
    {
        static IEnumerable<string> FromSchema(JsonObject o, string prefix)
        {
            foreach (var (key, value) in o["properties"]!.AsObject())
            {
                var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
                yield return path;
                var v = value!.AsObject();
                var inner = v["properties"] is not null ? v : v["items"]?["properties"] is not null ? v["items"]!.AsObject() : null;
                if (inner is not null)
                {
                    foreach (var p in FromSchema(inner, path))
                    {
                        yield return p;
                    }
                }
            }
        }

        static IEnumerable<string> FromLoader(IReadOnlyList<FieldSpec> fields, string prefix)
            => fields.SelectMany(f => new[] { FieldReader.Join(prefix, f.Key) }.Concat(FromLoader(f.Fields, FieldReader.Join(prefix, f.Key))));

        var schemaKeys = FromSchema(Schema(), "").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(FromLoader(ScenarioSchema.Root, "").Order(StringComparer.Ordinal).ToArray(), schemaKeys);

        // The issues' vocabulary is all there.
        foreach (var key in new[]
        {
            "name", "years", "seed", "hierarchy", "observation_noise", "technology.offense_defense_balance", "technology.distinguishability",
            "states.name", "states.motive", "states.resources", "states.offense", "states.defense", "states.prior_trust", "states.worst_case_bias",
            "states.routine_attachment", "states.perceived_offense_defense_balance", "states.alliance_propensity", "states.policy",
            "borders.between", "borders.defensibility", "alliances.members", "alliances.commitment",
            "guarantees.guarantor", "guarantees.protege", "guarantees.commitment",
            "technology_changes.year", "technology_changes.offense_defense_balance", "technology_changes.distinguishability",
        })
        {
            Assert.Contains(key, schemaKeys);
        }
    }

    [Fact]
    public void EveryKeyOfTheSchema_IsAccepted_AndAnyOtherKeyIsRejected_ByTheLoader()
    {
        var yaml = """
            name: all
            years: 10
            seed: 3
            hierarchy: false
            observation_noise: 0.1
            technology: {offense_defense_balance: 1, distinguishability: 0.5}
            technology_changes: [{year: 2, offense_defense_balance: 2, distinguishability: 0.9}]
            states:
              - {name: A, motive: greedy, resources: 1, offense: 1, defense: 1, prior_trust: 0.5, worst_case_bias: 0, routine_attachment: 0, perceived_offense_defense_balance: 1, alliance_propensity: 0.5, policy: firmness}
              - {name: B}
            borders: [{between: [A, B], defensibility: 1}]
            alliances: [{members: [A, B], commitment: 0.5}]
            guarantees: [{guarantor: A, protege: B, commitment: 0.5}]
            """;
        var doc = ScenarioDocument.Parse(yaml, "all.yaml");
        _ = doc.Build();
        var tree = YamlTreeReader.Read(yaml, "all.yaml")!;
        Assert.Empty(Validate(Schema(), ToJson(tree), "$"));

        foreach (var path in new[] { "extra", "technology.extra", "states[0].extra", "borders[0].extra", "alliances[0].extra", "guarantees[0].extra", "technology_changes[0].extra" })
        {
            var bad = path switch
            {
                "extra" => yaml + "\nextra: 1",
                _ => yaml.Replace(path.Split('.')[0].Split('[')[0] + ": [{", path.Split('.')[0].Split('[')[0] + ": [{extra: 1, ", StringComparison.Ordinal)
                    .Replace("technology: {", path == "technology.extra" ? "technology: {extra: 1, " : "technology: {", StringComparison.Ordinal)
                    .Replace("  - {name: A,", path == "states[0].extra" ? "  - {extra: 1, name: A," : "  - {name: A,", StringComparison.Ordinal),
            };
            Assert.NotEqual(yaml, bad);
            var e = Assert.Throws<ScenarioException>(() => ScenarioDocument.Parse(bad, "x.yaml").Build());
            Assert.Contains("unknown field 'extra'", e.Problem, StringComparison.Ordinal);
            Assert.NotEmpty(Validate(Schema(), ToJson(YamlTreeReader.Read(bad, "x.yaml")!), "$"));
        }
    }

    [Theory]
    [MemberData(nameof(RepoFiles.ShippedScenarios), MemberType = typeof(RepoFiles))]
    public void ShippedScenario_ValidatesAgainstTheJsonSchema(string file)
    {
        var tree = YamlTreeReader.Read(File.ReadAllText(RepoFiles.Path($"scenarios/{file}")), file)!;
        var errors = Validate(Schema(), ToJson(tree), "$");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("states.*.offense=-1")]
    [InlineData("technology.distinguishability=2")]
    [InlineData("states.*.motive=angry")]
    [InlineData("years=0")]
    public void TheValidator_RejectsWhatTheLoaderRejects(string o)
    {
        // Guards the mini validator itself: a scenario the loader refuses must fail the schema too.
        var yaml = File.ReadAllText(RepoFiles.Path("scenarios/spiral.yaml"));
        var (path, value) = (o[..o.IndexOf('=', StringComparison.Ordinal)], o[(o.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        Assert.Throws<ScenarioException>(() => ScenarioDocument.Parse(yaml, "s.yaml").With(o).Build());
        var key = path.Split('.')[^1];
        var edited = string.Join('\n', yaml.Split('\n').Select(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal) ? l[..(l.IndexOf(':', StringComparison.Ordinal) + 1)] + " " + value : l));
        Assert.NotEmpty(Validate(Schema(), ToJson(YamlTreeReader.Read(edited, "s.yaml")!), "$"));
    }

    [Fact]
    public void FormatReference_DocumentsEveryField()
    {
        var doc = File.ReadAllText(RepoFiles.Path("docs/scenario-format.md"));
        foreach (var f in ScenarioSchema.Root.SelectMany(f => new[] { f }.Concat(f.Fields)))
        {
            Assert.Contains($"`{f.Key}`", doc, StringComparison.Ordinal);
        }

        foreach (var limit in new[] { Limits.MaxStates, Limits.MaxYears })
        {
            Assert.Contains(limit.ToString("N0", CultureInfo.InvariantCulture), doc, StringComparison.Ordinal);
        }
    }

    /// <summary>YAML tree to JSON by YAML 1.2's core schema (plain true/false, numbers, null; everything else a string).</summary>
    private static JsonNode? ToJson(Node node) => node switch
    {
        MapNode m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key, ToJson(e.Value)))),
        SequenceNode s => new JsonArray([.. s.Items.Select(ToJson)]),
        ScalarNode { IsNull: true } => null,
        ScalarNode { Quoted: true, Text: var t } => JsonValue.Create(t),
        ScalarNode { Text: "true" or "false" } b => JsonValue.Create(b.Text == "true"),
        ScalarNode { Text: var t } when double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) => JsonValue.Create(x),
        ScalarNode { Text: var t } => JsonValue.Create(t),
        _ => throw new InvalidOperationException(),
    };

    private static List<string> Validate(JsonObject schema, JsonNode? value, string at)
    {
        var errors = new List<string>();
        var types = schema["type"] switch
        {
            JsonArray a => a.Select(t => t!.GetValue<string>()).ToArray(),
            JsonValue v => [v.GetValue<string>()],
            _ => [],
        };
        string Kind(JsonNode? v) => v switch
        {
            null => "null",
            JsonObject => "object",
            JsonArray => "array",
            JsonValue jv when jv.TryGetValue<bool>(out _) => "boolean",
            JsonValue jv when jv.TryGetValue<double>(out var d) => d == Math.Floor(d) && types.Contains("integer") ? "integer" : "number",
            _ => "string",
        };
        var kind = Kind(value);
        if (types.Length > 0 && !types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
        {
            errors.Add($"{at}: {kind} is not {string.Join("|", types)}");
            return errors;
        }

        switch (value)
        {
            case JsonObject o:
                var props = schema["properties"]?.AsObject();
                foreach (var (k, v) in o)
                {
                    if (props?[k] is JsonObject sub)
                    {
                        errors.AddRange(Validate(sub, v, $"{at}.{k}"));
                    }
                    else if (schema["additionalProperties"]?.GetValue<bool>() == false)
                    {
                        errors.Add($"{at}: additional property {k}");
                    }
                }

                foreach (var r in schema["required"]?.AsArray() ?? [])
                {
                    if (!o.ContainsKey(r!.GetValue<string>()))
                    {
                        errors.Add($"{at}: missing {r}");
                    }
                }

                break;
            case JsonArray a:
                if (schema["minItems"] is { } min && a.Count < min.GetValue<int>())
                {
                    errors.Add($"{at}: fewer than {min} items");
                }

                if (schema["maxItems"] is { } max && a.Count > max.GetValue<int>())
                {
                    errors.Add($"{at}: more than {max} items");
                }

                for (var i = 0; i < a.Count; i++)
                {
                    errors.AddRange(Validate(schema["items"]!.AsObject(), a[i], $"{at}[{i}]"));
                }

                break;
            case JsonValue v when kind is "number" or "integer":
                var x = v.GetValue<double>();
                if ((schema["minimum"] is { } lo && x < lo.GetValue<double>())
                    || (schema["exclusiveMinimum"] is { } elo && x <= elo.GetValue<double>())
                    || (schema["maximum"] is { } hi && x > hi.GetValue<double>()))
                {
                    errors.Add($"{at}: {x} out of range");
                }

                break;
            case JsonValue v when kind == "string":
                var s = v.GetValue<string>();
                if (schema["enum"] is JsonArray allowed && !allowed.Any(e => e!.GetValue<string>() == s))
                {
                    errors.Add($"{at}: {s} not in enum");
                }

                if ((schema["minLength"] is { } ml && s.Length < ml.GetValue<int>()) || (schema["maxLength"] is { } xl && s.Length > xl.GetValue<int>()))
                {
                    errors.Add($"{at}: length");
                }

                break;
        }

        return errors;
    }
}
