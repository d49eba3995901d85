using System.Globalization;

namespace SecurityDilemma.Analysis;

/// <summary>Numbers in evidence texts: invariant culture, up to three decimals.</summary>
internal static class Format
{
    public static string F(double x) => double.IsFinite(x) ? x.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";

    /// <summary><see cref="F"/>, with more digits when three decimals would round <paramref name="x"/> up to <paramref name="bound"/> it is below.</summary>
    public static string Below(double x, double bound)
        => double.IsFinite(x) && x < bound && Math.Round(x, 3) >= bound ? x.ToString("0.#########", CultureInfo.InvariantCulture) : F(x);

    public static string P(double x) => double.IsFinite(x) ? (100 * x).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";

    public static string I(int x) => x.ToString(CultureInfo.InvariantCulture);

    public static string Ci(Models.Statistics.Estimate e) => double.IsFinite(e.Lower) ? $"{F(e.Value)} [{F(e.Lower)}, {F(e.Upper)}]" : F(e.Value);
}
