using System.Globalization;

namespace SecurityDilemma.Experiments.Data;

/// <summary>An inclusive range of calendar years, written <c>1909-1913</c> (or one year, <c>1913</c>).</summary>
public readonly record struct YearRange(int First, int Last)
{
    /// <summary>The latest year a range may hold (the end of an open range).</summary>
    public const int LastYear = 9999;

    public int Count => Last - First + 1;

    public bool Contains(int year) => year >= First && year <= Last;

    /// <summary>Parses <paramref name="text"/>; <paramref name="option"/> names it in errors.</summary>
    public static YearRange Parse(string text, string option)
    {
        var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            || !int.TryParse(parts.Length == 2 ? parts[1] : parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            || a < 1 || b > LastYear)
        {
            throw new InputException(option, null, null, "", $"'{text}' is not a year range", "FIRST-LAST, e.g. 1909-1913");
        }

        return a <= b ? new YearRange(a, b) : throw new InputException(option, null, null, "", $"{text} is an empty range ({a} after {b})", "FIRST-LAST with FIRST <= LAST");
    }

    public override string ToString() => $"{First}-{Last}";
}
