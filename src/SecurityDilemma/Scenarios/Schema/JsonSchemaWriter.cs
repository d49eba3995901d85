using System.Text.Json;
using System.Text.Json.Nodes;

namespace SecurityDilemma.Scenarios.Schema;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of the scenario format from <see cref="ScenarioSchema"/>.
/// docs/scenario.schema.json is this output; a test fails when the two differ.
/// </summary>
internal static class JsonSchemaWriter
{
    /// <summary>The schema as indented JSON text with a trailing newline.</summary>
    public static string Write()
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "SecurityDilemma scenario",
            ["description"] = "A world for the SecurityDilemma engine (docs/scenario-format.md). Generated from src/SecurityDilemma/Scenarios/Schema/ScenarioSchema.cs.",
        };
        var body = ObjectBody(ScenarioSchema.Root);
        foreach (var (k, v) in body.ToArray())
        {
            body.Remove(k);
            schema[k] = v;
        }

        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject ObjectBody(IReadOnlyList<FieldSpec> fields)
    {
        var properties = new JsonObject();
        foreach (var f in fields)
        {
            properties[f.Key] = Field(f);
        }

        var body = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
        var required = fields.Where(f => f.Required).Select(f => (JsonNode?)f.Key).ToArray();
        if (required.Length > 0)
        {
            body["required"] = new JsonArray(required);
        }

        return body;
    }

    private static JsonObject Field(FieldSpec f)
    {
        JsonObject o;
        switch (f.Kind)
        {
            case FieldKind.Object:
                o = ObjectBody(f.Fields);
                break;
            case FieldKind.ObjectList:
                o = new JsonObject { ["type"] = "array", ["items"] = ObjectBody(f.Fields) };
                Items(o, f);
                break;
            case FieldKind.TextList:
                o = new JsonObject { ["type"] = "array", ["items"] = Name() };
                Items(o, f);
                break;
            case FieldKind.Text:
                o = Name();
                break;
            case FieldKind.Choice:
                o = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. f.Choices.Select(c => (JsonNode?)c)]) };
                break;
            case FieldKind.Boolean:
                o = new JsonObject { ["type"] = "boolean" };
                break;
            default:
                o = new JsonObject { ["type"] = f.Kind == FieldKind.Integer ? "integer" : "number" };
                if (f.Minimum is { } min)
                {
                    o[f.ExclusiveMinimum ? "exclusiveMinimum" : "minimum"] = min;
                }

                if (f.Maximum is { } max)
                {
                    o["maximum"] = max;
                }

                break;
        }

        if (f.Nullable)
        {
            o["type"] = new JsonArray(o["type"]!.GetValue<string>(), "null");
        }

        if (f.Default is { } d)
        {
            o["default"] = JsonNode.Parse(d is "true" or "false" || double.TryParse(d, System.Globalization.CultureInfo.InvariantCulture, out _) ? d : JsonSerializer.Serialize(d));
        }

        var result = new JsonObject { ["description"] = f.Description };
        foreach (var (k, v) in o.ToArray())
        {
            o.Remove(k);
            result[k] = v;
        }

        return result;
    }

    private static JsonObject Name() => new() { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = Limits.MaxNameLength };

    private static void Items(JsonObject o, FieldSpec f)
    {
        if (f.MinItems > 0)
        {
            o["minItems"] = f.MinItems;
        }

        if (f.MaxItems is { } max)
        {
            o["maxItems"] = max;
        }
    }
}
