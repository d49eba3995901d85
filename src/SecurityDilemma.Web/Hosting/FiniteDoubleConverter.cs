using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityDilemma.Web.Hosting;

/// <summary>
/// Writes a finite double as a JSON number and a NaN or an infinity (JSON has no such numbers) as <c>null</c>; the
/// owning object's <c>NAME_reason</c> field (<see cref="NotComputableReasons"/>) says why. Reads only numbers: a request
/// that sends <c>null</c>, <c>"NaN"</c> or <c>"Infinity"</c> for a number is malformed.
/// </summary>
internal sealed class FiniteDoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
