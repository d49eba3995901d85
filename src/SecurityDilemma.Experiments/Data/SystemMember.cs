using System.Globalization;

namespace SecurityDilemma.Experiments.Data;

/// <summary>
/// A chosen state of the historical war moments and the years it belongs to the system studied: a COW state code and
/// its membership spells (e.g. Italy, code 325, a COW major power from 1860), written <c>325:1860-1943</c>, or
/// <c>325:1860-</c> for a spell without end; a code without spells is a member in every year.
/// </summary>
/// <remarks>
/// COW codes a state by its successor's code before unification (Sardinia/Piedmont is 325, Italy's code, and Prussia
/// is 255, Germany's), so a major-power system needs the spells to leave such a state out before it became a major
/// power. A participant counts in the year it entered the war, which may lie after the years studied (the United
/// States entered the Second World War, which began in 1939, in 1941), so a spell should run to the state's real end
/// of membership, not to the end of the years studied. A code may have several spells
/// (<c>255:1816-1918,255:1925-1945</c>).
/// </remarks>
/// <param name="CCode">The COW state code.</param>
/// <param name="Spells">The years of membership; empty: always a member.</param>
public sealed record SystemMember(int CCode, IReadOnlyList<YearRange> Spells)
{
    /// <summary>True if the state belongs to the system in <paramref name="year"/>.</summary>
    public bool IsMember(int year) => Spells.Count == 0 || Spells.Any(s => s.Contains(year));

    /// <summary>
    /// Parses <c>CODE[:FIRST-LAST]</c> or <c>CODE:FIRST-</c> entries separated by commas (e.g. <c>200,220,325:1860-1943</c>);
    /// <paramref name="option"/> names the text in errors.
    /// </summary>
    public static IReadOnlyList<SystemMember> ParseList(string text, string option)
    {
        var spells = new Dictionary<int, List<YearRange>>();
        var order = new List<int>();
        foreach (var entry in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split(':', 2, StringSplitOptions.TrimEntries);
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                throw new InputException(option, null, null, "", $"'{parts[0]}' is not a COW state code", "numeric COW codes, each optionally with its membership years, e.g. 200,325:1860-1943");
            }

            if (!spells.TryGetValue(code, out var list))
            {
                list = [];
                spells[code] = list;
                order.Add(code);
            }
            else if (list.Count == 0 || parts.Length == 1)
            {
                throw new InputException(option, null, null, "", $"state {code} is listed twice", "each code once, or once per membership spell with its years (e.g. 255:1816-1918,255:1925-1945)");
            }

            if (parts.Length == 2)
            {
                var open = parts[1].EndsWith('-');
                var spell = YearRange.Parse(open ? parts[1][..^1] : parts[1], $"{option} (state {code})");
                list.Add(open ? spell with { Last = YearRange.LastYear } : spell);
            }
        }

        return order.Count > 0
            ? order.Select(c => new SystemMember(c, spells[c])).ToList()
            : throw new InputException(option, null, null, "", "empty", "one or more COW state codes, e.g. 200,220,255");
    }
}
