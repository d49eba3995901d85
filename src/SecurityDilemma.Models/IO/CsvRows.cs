using System.Text;
using CsvHelper;

namespace SecurityDilemma.IO;

/// <summary>
/// The solution's one CSV reader (CsvHelper, RFC 4180: quoted fields, embedded commas, quotes and line breaks): records
/// with the line they start on and each cell's trimmed text and 1-based character position, for messages that point at
/// file:line:column. Blank lines and lines starting with '#' are skipped; malformed quoting is an <see cref="InputException"/>.
/// </summary>
public static class CsvRows
{
    /// <summary>One record: the line it starts on, its raw text and its cells.</summary>
    public sealed record Row(int Line, string Raw, List<(int Start, string Text)> Cells);

    /// <summary>Reads every record of <paramref name="reader"/>; <paramref name="source"/> names it in messages.</summary>
    public static IEnumerable<Row> Read(TextReader reader, string source)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = ',',
            CommentPrefix = '#',
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var csv = CsvReader.Create(reader, options, true);
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException e)
            {
                throw new InputException(source, e.LineNumber > 0 ? (int)e.LineNumber : null, null, "", $"not valid CSV ({e.Message.Split('\n')[0].TrimEnd('.')})", "comma-separated cells, plain or wholly in double quotes (a quote inside one written twice)");
            }

            if (!more)
            {
                yield break;
            }

            var raw = Encoding.UTF8.GetString(csv.RawRecord).TrimEnd('\r', '\n');
            var record = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i).Trim()).ToList();
            if (record.All(c => c.Length == 0) || raw.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var starts = CellStarts(raw);
            var cells = new List<(int Start, string Text)>(record.Count);
            for (var i = 0; i < record.Count; i++)
            {
                cells.Add((i < starts.Count ? starts[i] : raw.Length + 1, record[i]));
            }

            yield return new Row((int)csv.LineNumber, raw, cells);
        }
    }

    /// <summary>1-based positions where each cell of <paramref name="raw"/> begins (after commas outside quotes).</summary>
    private static List<int> CellStarts(string raw)
    {
        var starts = new List<int> { 1 };
        var quoted = false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '"')
            {
                quoted = !quoted;
            }
            else if (raw[i] == ',' && !quoted)
            {
                starts.Add(i + 2);
            }
        }

        return starts;
    }
}
