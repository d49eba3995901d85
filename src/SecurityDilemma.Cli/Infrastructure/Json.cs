using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityDilemma.Cli.Infrastructure;

/// <summary>
/// JSON settings shared by every <c>--json</c> output: snake_case names, enums as snake_case strings, indented, and a
/// number that cannot be computed (NaN, infinite) written as null, never as the invalid JSON NaN or Infinity.
/// </summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new FiniteDoubleConverter() },
    };

    /// <summary>Serializes <paramref name="value"/> and writes it as one JSON document to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, object value) => output.WriteLine(JsonSerializer.Serialize(value, value.GetType(), Options));
}
