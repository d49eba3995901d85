using System.Globalization;
using CsvHelper;

namespace SecurityDilemma.Experiments.Data;

/// <summary>
/// A CSV file in one of the published Correlates of War layouts, read record by record with CsvHelper (RFC 4180:
/// quoted fields, embedded commas and line breaks, CRLF or LF). The header must hold exactly the layout's columns
/// (names compared without regard to case, in any order); a missing or an unknown column is an error naming it.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvReader csv;
    private readonly Dictionary<string, int> index;

    private CsvTable(string source, CsvReader csv, string[] header)
    {
        Source = source;
        this.csv = csv;
        Header = header;
        index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i].Trim(), i);
        }
    }

    public string Source { get; }

    public string[] Header { get; }

    /// <summary>Line of the current record (its last line, for a record with quoted line breaks).</summary>
    public int Line => (int)csv.LineNumber;

    /// <summary>Opens <paramref name="path"/> and checks its header against <paramref name="required"/> and <paramref name="optional"/>.</summary>
    public static CsvTable Open(string path, string format, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        if (Directory.Exists(path) || !File.Exists(path))
        {
            throw new InputException(path, null, null, "", Directory.Exists(path) ? "is a directory" : "file not found", $"a {format} CSV file");
        }

        CsvReader? csv = null;
        try
        {
            var options = CsvReaderOptions.Default with
            {
                TrackLineNumbers = true,
                TrimWhitespace = true,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Throw,
            };
            csv = CsvReader.FromFile(path, options);
            var header = csv.Headers.Select(h => h.Trim()).ToArray();
            if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
            {
                throw new InputException(path, 1, 1, "", "the file is empty", $"a header row with the {format} columns {string.Join(",", required)}");
            }

            var table = new CsvTable(path, csv, header);
            table.CheckHeader(format, required, optional);
            csv = null;
            return table;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, null, "", $"cannot read the file ({e.Message})", $"a readable {format} CSV file");
        }
        catch (CsvFormatException e)
        {
            throw new InputException(path, (int?)e.LineNumber, null, "", $"the header is not readable as CSV ({e.Message})", $"a {format} CSV file");
        }
        finally
        {
            csv?.Dispose();
        }
    }

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    public bool Read()
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw new InputException(Source, (int?)e.LineNumber, e.FieldIndex is { } f ? (int)f + 1 : null, "", $"malformed CSV: {e.Message}", $"RFC 4180 CSV with the {Header.Length} fields of the header on every line");
        }
    }

    /// <summary>Whether the header has <paramref name="column"/> (an optional column).</summary>
    public bool Has(string column) => index.ContainsKey(column);

    /// <summary>The text of <paramref name="column"/> in the current record.</summary>
    public string Text(string column)
    {
        var i = index[column];
        return csv.FieldCount > i ? csv.GetString(i) : throw Error(column, $"the record has {csv.FieldCount} fields, so no '{column}'", $"{Header.Length} fields as in the header");
    }

    /// <summary>An integer column; a missing-value code is an error here.</summary>
    public int Int(string column)
    {
        var t = Text(column);
        return int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Error(column, $"'{t}' is not an integer", "an integer");
    }

    /// <summary>A number column where the COW codes -9 (missing) and -8 (not applicable) and an empty cell mean "no value".</summary>
    public double? Number(string column)
    {
        var t = Text(column);
        if (t.Length == 0)
        {
            return null;
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            throw Error(column, $"'{t}' is not a number", "a number, or -9 for a missing value");
        }

        return v is -9 or -8 ? null : v;
    }

    /// <summary>An error at the current record's line and the column's field number.</summary>
    public InputException Error(string column, string problem, string expected)
        => new(Source, Line, index.TryGetValue(column, out var i) ? i + 1 : null, column, problem, expected);

    public void Dispose()
    {
        csv.Dispose();
    }

    private void CheckHeader(string format, IReadOnlyList<string> required, IReadOnlyList<string> optional)
    {
        var known = new HashSet<string>(required.Concat(optional), StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Header.Length; i++)
        {
            var name = Header[i].Trim();
            if (!known.Contains(name))
            {
                throw new InputException(Source, 1, i + 1, name, $"unknown column '{name}' for the {format} format", $"the columns {string.Join(",", required)}{(optional.Count > 0 ? $"[,{string.Join(",", optional)}]" : "")}");
            }

            if (!seen.Add(name))
            {
                throw new InputException(Source, 1, i + 1, name, $"column '{name}' appears twice", "each column once");
            }
        }

        foreach (var r in required)
        {
            if (!seen.Contains(r))
            {
                throw new InputException(Source, 1, null, r, $"missing column '{r}' of the {format} format", $"the columns {string.Join(",", required)}{(optional.Count > 0 ? $"[,{string.Join(",", optional)}]" : "")}");
            }
        }
    }
}
