using System.Globalization;
using System.Text.Json;

namespace SecurityDilemma.Reports.Html;

/// <summary>
/// JSON values as the text of a report's table cell: numbers invariant, booleans yes/no, null a dash, an object as
/// name=value pairs (payoffs read R=3, T=5, S=0, P=1).
/// </summary>
internal static class JsonCell
{
    /// <summary>The cell text of <paramref name="v"/>.</summary>
    public static string Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString() ?? "",
        JsonValueKind.Number => v.TryGetInt64(out var i) ? Number(i) : Number(v.GetDouble()),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null => "-",
        JsonValueKind.Object => string.Join(", ", v.EnumerateObject().Select(p => $"{(p.Name.Length == 1 ? p.Name.ToUpperInvariant() : p.Name)}={Text(p.Value)}")),
        _ => v.GetRawText(),
    };

    /// <summary>The cell text of property <paramref name="name"/> of <paramref name="e"/>, or empty when it is missing.</summary>
    public static string Text(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? Text(v) : "";

    /// <summary>The items of array property <paramref name="name"/> of <paramref name="e"/>, comma-separated (empty when missing).</summary>
    public static string List(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? string.Join(", ", v.EnumerateArray().Select(Text)) : "";

    /// <summary>A number with six significant digits.</summary>
    public static string Number(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
