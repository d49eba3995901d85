using System.Globalization;
using System.Text;
using CsvHelper;

namespace SecurityDilemma.IO;

/// <summary>
/// The solution's one CSV writer (CsvHelper, RFC 4180): a header row, then one record per row; text quoted only when it
/// holds a comma, a quote or a line break (quotes doubled), or starts a row with '#' (which the reader takes for a comment), numbers in the invariant culture as the shortest text that
/// reads back to the same double, booleans as <c>true</c>/<c>false</c>, a number that cannot be computed (NaN,
/// infinite) as an empty field, UTF-8 without a byte-order mark and LF line ends. <see cref="CsvRows"/> reads it back.
/// Writing a field allocates nothing.
/// </summary>
public sealed class CsvTableWriter : IDisposable
{
    private static readonly CsvWriterOptions Options = new()
    {
        Separator = ',',
        NewLine = "\n",
        TrueValue = "true",
        FalseValue = "false",
        // The reader skips lines starting with '#': a first field that starts with it is quoted.
        CommentPrefix = '#',
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private readonly CsvWriter csv;

    private CsvTableWriter(CsvWriter csv, IReadOnlyList<string> columns)
    {
        this.csv = csv;
        foreach (var c in columns)
        {
            csv.WriteField(c);
        }

        csv.EndRecord();
    }

    /// <summary>Creates (or replaces) <paramref name="path"/> and writes the header <paramref name="columns"/>.</summary>
    public static CsvTableWriter ToFile(string path, IReadOnlyList<string> columns)
        => new(CsvWriter.Create(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16), Options, leaveOpen: false), columns);

    /// <summary>Writes to <paramref name="stream"/> (left open), starting with the header <paramref name="columns"/>.</summary>
    public static CsvTableWriter ToStream(Stream stream, IReadOnlyList<string> columns)
        => new(CsvWriter.Create(stream, Options, leaveOpen: true), columns);

    /// <summary>The whole table as text: the header <paramref name="columns"/>, then what <paramref name="rows"/> writes.</summary>
    public static string ToText(IReadOnlyList<string> columns, Action<CsvTableWriter> rows)
    {
        using var buffer = new MemoryStream();
        using (var w = ToStream(buffer, columns))
        {
            rows(w);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>A text field; <c>null</c> is an empty field.</summary>
    public CsvTableWriter Text(string? value)
    {
        csv.WriteField(value);
        return this;
    }

    /// <summary>A number; NaN and infinities are an empty field.</summary>
    public CsvTableWriter Number(double value)
    {
        if (double.IsFinite(value))
        {
            csv.WriteField(value, default);
        }
        else
        {
            csv.WriteField(string.Empty);
        }

        return this;
    }

    /// <summary>A whole number.</summary>
    public CsvTableWriter Integer(long value)
    {
        csv.WriteField(value, default);
        return this;
    }

    /// <summary>A whole number that may exceed <see cref="long.MaxValue"/> (seeds).</summary>
    public CsvTableWriter Integer(ulong value)
    {
        csv.WriteField(value, default);
        return this;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public CsvTableWriter Boolean(bool value)
    {
        csv.WriteField(value);
        return this;
    }

    /// <summary>Ends the current row.</summary>
    public void EndRow() => csv.EndRecord();

    public void Dispose() => csv.Dispose();
}
