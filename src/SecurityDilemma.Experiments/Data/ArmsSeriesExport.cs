using SecurityDilemma.IO;

namespace SecurityDilemma.Experiments.Data;

/// <summary>
/// The yearly military expenditure of two coalitions (sums of NMC <c>milex</c>), as the CSV that
/// <c>dilemma richardson fit</c> reads: <c>year,X,Y</c> with the coalitions' names (e.g. FRN+RUS) as column names.
/// </summary>
/// <remarks>NMC's milex is in pounds sterling before 1914 and in dollars from 1914, so a range across the change
/// would add two currencies: it is refused.</remarks>
public static class ArmsSeriesExport
{
    /// <summary>The first year NMC reports milex in US dollars.</summary>
    public const int DollarYear = 1914;

    /// <summary>Rows (year, x, y) for the coalitions <paramref name="x"/> and <paramref name="y"/>.</summary>
    public static IReadOnlyList<(int Year, double X, double Y)> Build(IReadOnlyList<NmcRecord> data, IReadOnlyList<string> x, IReadOnlyList<string> y, YearRange years, string source)
    {
        if (years.First < DollarYear && years.Last >= DollarYear)
        {
            throw new InputException("--years", null, null, "", $"{years} spans NMC's change of currency (pounds to {DollarYear - 1}, dollars from {DollarYear})", $"a range ending by {DollarYear - 1} or starting in {DollarYear} or later");
        }

        if (years.Count < 3)
        {
            throw new InputException("--years", null, null, "", $"{years} has {years.Count} year(s)", "at least 3 years (two yearly changes for the fit)");
        }

        var overlap = x.Intersect(y, StringComparer.Ordinal).FirstOrDefault();
        if (overlap is not null)
        {
            throw new InputException("--y", null, null, "", $"{overlap} is on both sides", "two disjoint coalitions");
        }

        var byKey = data.ToDictionary(r => (r.StateAbb, r.Year));
        double Sum(IReadOnlyList<string> side, int year)
        {
            var total = 0.0;
            foreach (var s in side)
            {
                if (!byKey.TryGetValue((s, year), out var r))
                {
                    throw new InputException(source, null, null, "stateabb", $"no row for {s} in {year}", "every state of both coalitions in every year of the range");
                }

                total += r.Milex ?? throw new InputException(source, null, null, "milex", $"{s} {year}: missing value (-9)", "a known milex for every state and year of the range");
            }

            return total;
        }

        return [.. Enumerable.Range(years.First, years.Count).Select(yr => (yr, Sum(x, yr), Sum(y, yr)))];
    }

    /// <summary>The CSV text for <see cref="Build"/>'s rows (LF line ends, invariant numbers).</summary>
    public static string Csv(IReadOnlyList<(int Year, double X, double Y)> rows, string xName, string yName)
        => CsvTableWriter.ToText(["year", xName, yName], csv =>
        {
            foreach (var (year, xv, yv) in rows)
            {
                csv.Integer(year).Number(xv).Number(yv).EndRow();
            }
        });
}
