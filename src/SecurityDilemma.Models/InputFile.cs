using System.Globalization;
using System.Text;

namespace SecurityDilemma;

/// <summary>
/// The one gate every input text file (scenario, sweep, base scenario, CSV) passes before it is parsed: a regular
/// file, read with a bounded read under a size cap, strict UTF-8 without control characters. Every refusal is an
/// <see cref="InputException"/> naming the file (and line and column for bad bytes).
/// </summary>
/// <remarks>
/// Devices, pipes and /proc files report a length of 0, so a file of length 0 is refused before it is opened
/// (a FIFO would block the open, /dev/zero would never end); the read itself stops at cap + 1 bytes, so a length
/// that lies cannot make it grow without bound.
/// </remarks>
public static class InputFile
{
    /// <summary>Largest input text file read, in bytes (64 MiB).</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="path"/> as UTF-8 text; <paramref name="expected"/> describes the file wanted (e.g. "a scenario file (.yaml)").</summary>
    public static string ReadText(string path, string expected, long maxBytes = DefaultMaxBytes)
    {
        var bytes = ReadBytes(path, expected, maxBytes);
        return Decode(bytes, path, expected);
    }

    /// <summary>Checks that <paramref name="path"/> names an existing, non-empty regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    public static FileInfo CheckRegularFile(string path, string expected, long maxBytes = long.MaxValue)
    {
        if (path.Length == 0)
        {
            throw new InputException("", null, null, "", "the file name is empty", expected);
        }

        FileInfo info;
        try
        {
            if (Directory.Exists(path))
            {
                throw new InputException(path, null, null, "", "is a directory", expected);
            }

            info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InputException(path, null, null, "", "file not found", expected.StartsWith("a ", StringComparison.Ordinal) ? "an existing " + expected[2..] : expected);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            throw new InputException(path, null, null, "", $"cannot read the file ({e.Message})", expected);
        }

        if (info.Length == 0)
        {
            throw new InputException(path, null, null, "", "the file is empty, or not a regular file (a device, pipe or /proc file)", expected);
        }

        if (info.Length > maxBytes)
        {
            throw new InputException(path, null, null, "", $"file is {info.Length} bytes", $"{expected} of at most {maxBytes} bytes ({LimitOverrides.Hint(LimitOverrides.FileBytes)})");
        }

        return info;
    }

    /// <summary>The file's bytes, at most <paramref name="maxBytes"/>, read without trusting the reported length.</summary>
    public static byte[] ReadBytes(string path, string expected, long maxBytes = DefaultMaxBytes)
    {
        maxBytes = LimitOverrides.Get(LimitOverrides.FileBytes, maxBytes);
        var info = CheckRegularFile(path, expected, maxBytes);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var limit = maxBytes + 1;
            var buffer = new byte[(int)Math.Min(Math.Min(info.Length + 1, limit), Array.MaxLength)];
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    if (filled >= limit)
                    {
                        throw new InputException(path, null, null, "", $"file is more than {maxBytes} bytes", $"{expected} of at most {maxBytes} bytes ({LimitOverrides.Hint(LimitOverrides.FileBytes)})");
                    }

                    Array.Resize(ref buffer, (int)Math.Min(Math.Min((long)buffer.Length * 2, limit), Array.MaxLength));
                }

                var n = stream.Read(buffer, filled, buffer.Length - filled);
                if (n == 0)
                {
                    break;
                }

                filled += n;
            }

            Array.Resize(ref buffer, filled);
            return buffer;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InputException(path, null, null, "", $"cannot read the file ({e.Message})", expected);
        }
    }

    /// <summary>Strict UTF-8 (an optional UTF-8 byte-order mark is skipped); UTF-16/32, invalid bytes and control characters are refused.</summary>
    public static string Decode(byte[] bytes, string source, string expected)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw new InputException(source, 1, 1, "", $"UTF-16 or UTF-32 text (byte-order mark {bytes[0]:X2} {bytes[1]:X2})", "text saved as UTF-8");
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = start + Math.Max(0, e.Index);
            var (line, column) = Position(bytes, start, at);
            var bad = e.BytesUnknown is { Length: > 0 } b ? string.Join(' ', b.Select(x => x.ToString("X2", CultureInfo.InvariantCulture))) : "?";
            throw new InputException(source, line, column, "", $"invalid UTF-8 (byte {bad})", "text saved as UTF-8");
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' || !(c < ' ' || c == '\u007F' || (c >= '\u0080' && c <= '\u009F')))
            {
                continue;
            }

            var (line, column) = LineColumn(text, i);
            var what = c == '\0' ? "binary content (a NUL byte), not text" : $"a control character (U+{(int)c:X4})";
            throw new InputException(source, line, column, "", what, "printable text (of the control characters only tabs and line breaks)");
        }

        return text;
    }

    /// <summary>1-based line and column of character <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static (int Line, int Column) LineColumn(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static (int Line, int Column) Position(byte[] bytes, int start, int index)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters: the continuation bytes of multi-byte characters do not start one.
        var column = 1;
        for (var i = lineStart; i < index && i < bytes.Length; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
