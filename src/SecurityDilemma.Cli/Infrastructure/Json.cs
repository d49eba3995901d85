using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SecurityDilemma.Models.IO;

namespace SecurityDilemma.Cli.Infrastructure;

/// <summary>
/// JSON settings shared by every <c>--json</c> output: snake_case names, enums as snake_case strings, indented. A number
/// that cannot be computed (NaN, infinite) is written as <c>null</c>, never as the invalid JSON <c>NaN</c> or
/// <c>Infinity</c>, and its object gets a sibling string field <c>NAME_reason</c> saying why (for an element of a list,
/// the list's object gets <c>LIST_reason</c>), as README.md, "JSON output", documents.
/// </summary>
public static class Json
{
    /// <summary>Suffix of the field that explains a <c>null</c> number.</summary>
    public const string ReasonSuffix = NotComputable.ReasonSuffix;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new FiniteDoubleConverter() },
    };

    /// <summary>Serializes <paramref name="value"/> and writes it as one JSON document to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, object value) => output.WriteLine(Serialize(value));

    /// <summary><paramref name="value"/> as one indented JSON document, without a final line break.</summary>
    public static string Serialize(object value)
    {
        var text = JsonSerializer.Serialize(value, value.GetType(), Options);
        if (!text.Contains("\\u0001not-finite:", StringComparison.Ordinal))
        {
            return text;
        }

        var root = JsonNode.Parse(text)!;
        ReplaceMarkers(root);
        return root.ToJsonString(Options);
    }

    private static void ReplaceMarkers(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    if (Marker(child) is { } marker)
                    {
                        o[name] = null;
                        SetReason(o, name, FiniteDoubleConverter.Reason(marker));
                    }
                    else if (child is not null)
                    {
                        ReplaceMarkers(child);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (Marker(a[i]) is { } marker)
                    {
                        // The reason goes to the object that holds the (outermost) list, naming the item: [2] or [0][1].
                        JsonNode list = a;
                        while (list.Parent is JsonArray outer)
                        {
                            list = outer;
                        }

                        var item = a[i]!.GetPath()[list.GetPath().Length..];
                        a[i] = null;
                        if (list.Parent is JsonObject owner)
                        {
                            SetReason(owner, list.GetPropertyName(), $"{item}: {FiniteDoubleConverter.Reason(marker)}");
                        }
                    }
                    else if (a[i] is { } child)
                    {
                        ReplaceMarkers(child);
                    }
                }

                break;
        }
    }

    /// <summary>Puts <c>NAME_reason</c> right after <paramref name="name"/> (the first reason wins for a list).</summary>
    private static void SetReason(JsonObject o, string name, string reason)
    {
        var key = name + ReasonSuffix;
        if (!o.ContainsKey(key))
        {
            o.Insert(o.IndexOf(name) + 1, key, reason);
        }
    }

    private static string? Marker(JsonNode? node)
        => node is JsonValue v && v.TryGetValue<string>(out var s) && s.StartsWith(FiniteDoubleConverter.MarkerPrefix, StringComparison.Ordinal) ? s : null;
}
