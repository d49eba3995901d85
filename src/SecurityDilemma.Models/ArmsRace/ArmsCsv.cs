using System.Globalization;
using SecurityDilemma.IO;

namespace SecurityDilemma.Models.ArmsRace;

/// <summary>Reads two arms series (and optionally a year column) from a CSV file with a header row.</summary>
/// <remarks>
/// Lines that are blank or start with '#' are comments. Cells are separated by commas and may be wrapped in
/// double quotes (RFC 4180, read by <see cref="CsvRows"/>). Every mistake is an <see cref="InputException"/> naming file, line,
/// column (1-based character position of the cell) and the CSV column.
/// </remarks>
public static class ArmsCsv
{
    /// <summary>The fewest years a fit needs: two yearly changes.</summary>
    public const int MinimumYears = 3;

    /// <summary>The most data rows read: a yearly series is far shorter; longer files are refused before fitting.</summary>
    public const int MaxRows = 100_000;

    /// <summary>Largest magnitude of a value: the fit squares and sums them, which overflows near 1e154.</summary>
    public const double MaxMagnitude = 1e12;

    /// <summary>Reads <paramref name="path"/>. Without <paramref name="yearColumn"/> a column named "year" is used if present, else rows count 1, 2, 3, ...</summary>
    public static ArmsSeries Read(string path, string xColumn, string yColumn, string? yearColumn = null)
    {
        var text = InputFile.ReadText(path, "a CSV file (UTF-8) with a header row");
        return Parse(new StringReader(text), path, xColumn, yColumn, yearColumn);
    }

    /// <summary>Parses CSV text from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static ArmsSeries Parse(TextReader reader, string source, string xColumn, string yColumn, string? yearColumn = null)
    {
        List<(int Start, string Text)>? header = null;
        var headerLine = 0;
        int xIndex = -1, yIndex = -1, yearIndex = -1;
        var years = new List<double>();
        var maxRows = LimitOverrides.Get(LimitOverrides.CsvRows, MaxRows);
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (var row in CsvRows.Read(reader, source))
        {
            var (lineNumber, line, cells) = (row.Line, row.Raw, row.Cells);
            if (header is null)
            {
                header = cells;
                headerLine = lineNumber;
                var names = cells.Select(c => c.Text).ToList();
                xIndex = Find(names, xColumn, source, headerLine, "--x");
                yIndex = Find(names, yColumn, source, headerLine, "--y");
                if (yearColumn is not null)
                {
                    yearIndex = Find(names, yearColumn, source, headerLine, "--year");
                }
                else
                {
                    yearIndex = names.FindIndex(n => string.Equals(n, "year", StringComparison.OrdinalIgnoreCase));
                }

                continue;
            }

            if (years.Count >= maxRows)
            {
                throw new InputException(source, lineNumber, 1, "", $"more than {maxRows:N0} data rows", $"a yearly series of at most {maxRows:N0} rows ({LimitOverrides.Hint(LimitOverrides.CsvRows)})");
            }

            var x = Number(cells, xIndex, header, source, lineNumber, line);
            var y = Number(cells, yIndex, header, source, lineNumber, line);
            var year = yearIndex >= 0 ? Number(cells, yearIndex, header, source, lineNumber, line) : years.Count + 1;
            if (years.Count > 0 && !(year > years[^1]))
            {
                throw new InputException(source, lineNumber, cells[yearIndex].Start, header[yearIndex].Text, $"year {year.ToString(CultureInfo.InvariantCulture)} does not follow {years[^1].ToString(CultureInfo.InvariantCulture)}", "strictly increasing years");
            }

            years.Add(year);
            xs.Add(x);
            ys.Add(y);
        }

        if (header is null)
        {
            throw new InputException(source, null, null, "", "the file is empty", "a header row naming the columns, then one row per year");
        }

        if (years.Count < MinimumYears)
        {
            throw new InputException(source, null, null, "", $"only {years.Count} year(s) of data", $"at least {MinimumYears} years (two yearly changes) to fit");
        }

        return new ArmsSeries(source, header[xIndex].Text, header[yIndex].Text, years, xs, ys);
    }

    private static int Find(List<string> names, string wanted, string source, int line, string option)
    {
        var index = names.FindIndex(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            throw new InputException(source, line, 1, wanted, $"unknown column (named by {option})", $"one of the header's columns: {string.Join(", ", names)}");
        }

        return index;
    }

    private static double Number(List<(int Start, string Text)> cells, int index, List<(int Start, string Text)> header, string source, int line, string raw)
    {
        var name = header[index].Text;
        if (index >= cells.Count || cells[index].Text.Length == 0)
        {
            var column = index < cells.Count ? cells[index].Start : raw.Length + 1;
            throw new InputException(source, line, column, name, "missing value", "a number");
        }

        var text = cells[index].Text;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new InputException(source, line, cells[index].Start, name, $"not a number: '{text}'", "a finite number such as 199.2");
        }

        if (Math.Abs(value) > MaxMagnitude)
        {
            throw new InputException(source, line, cells[index].Start, name, $"{text} is too large to fit", $"a value of magnitude at most {MaxMagnitude:0e0}");
        }

        return value;
    }
}
