namespace SecurityDilemma.Models.IO;

/// <summary>
/// Why a number could not be computed. JSON has no NaN or infinity, so every JSON output (the CLI's <c>--json</c>, the
/// web API) writes such a number as <c>null</c> and puts this text in a sibling field <c>NAME_reason</c>.
/// </summary>
public static class NotComputable
{
    /// <summary>Suffix of the field that explains a <c>null</c> number.</summary>
    public const string ReasonSuffix = "_reason";

    /// <summary>Why <paramref name="value"/> is no number JSON can hold, or null when it is finite.</summary>
    public static string? Reason(double value) =>
        double.IsFinite(value) ? null
        : double.IsNaN(value) ? "not computable: the quantity is undefined for this input (0/0, or an interval from fewer than two values)"
        : value > 0 ? "not computable: the quantity exceeds the range of a double (+infinity)"
        : "not computable: the quantity exceeds the range of a double (-infinity)";
}
