using System.Text.Json;
using System.Text.Json.Serialization;
using SecurityDilemma.Models.IO;

namespace SecurityDilemma.Cli.Infrastructure;

/// <summary>
/// Writes a finite double as a JSON number. A NaN or an infinity (JSON has no such numbers) is written as a marker
/// string that <see cref="Json"/> turns into <c>null</c> with a sibling <c>*_reason</c> field; input files refuse
/// control characters, so no value read from the user can look like a marker.
/// </summary>
public sealed class FiniteDoubleConverter : JsonConverter<double>
{
    /// <summary>Starts every marker: a control character no user-supplied text holds.</summary>
    public const string MarkerPrefix = "\u0001not-finite:";

    public override bool HandleNull => false;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(MarkerPrefix + (double.IsNaN(value) ? "nan" : value > 0 ? "+inf" : "-inf"));
        }
    }

    /// <summary>Why a value marked as <paramref name="marker"/> could not be given as a number.</summary>
    public static string Reason(string marker) => NotComputable.Reason(marker[MarkerPrefix.Length..] switch
    {
        "nan" => double.NaN,
        "+inf" => double.PositiveInfinity,
        _ => double.NegativeInfinity,
    })!;
}
