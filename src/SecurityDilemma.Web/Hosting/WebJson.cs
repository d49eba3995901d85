using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SecurityDilemma.Web.Hosting;

/// <summary>
/// JSON of the API: snake_case names and enums, unknown fields rejected (a misspelt field is an error, not ignored), and
/// always valid JSON: a number that cannot be computed is <c>null</c> with a sibling <c>NAME_reason</c> (README.md, "JSON
/// output"), never the invalid <c>NaN</c> or <c>Infinity</c>.
/// </summary>
internal static class WebJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions());

    public static JsonSerializerOptions Configure(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.DictionaryKeyPolicy = null;
        o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        o.TypeInfoResolver = (o.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(NotComputableReasons.Add);
        o.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        o.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        o.Converters.Add(new FiniteDoubleConverter());
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        return o;
    }
}
