using System.Globalization;
using System.Text;

namespace SecurityDilemma;

/// <summary>
/// Makes text that echoes user input safe for one terminal line: control characters (escape sequences, line
/// breaks) are shown as \uXXXX, and any run of more than <see cref="MaxRun"/> characters without a separator is cut.
/// </summary>
public static class Echo
{
    /// <summary>Longest run of non-separator characters echoed whole.</summary>
    public const int MaxRun = 80;

    /// <summary>Longest message printed whole (a 5,000-character path of short folders).</summary>
    public const int MaxLine = 1_000;

    /// <summary>The text with control characters escaped and overlong runs (a million-character name) shortened.</summary>
    public static string Safe(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 4096));
        var run = 0;
        var runStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                Flush(sb, text, runStart, run);
                run = 0;
                sb.Append(c);
                runStart = i + 1;
                continue;
            }

            run++;
        }

        Flush(sb, text, runStart, run);
        return sb.Length <= MaxLine ? sb.ToString() : string.Create(CultureInfo.InvariantCulture, $"{sb.ToString(0, MaxLine - 40)}... ({sb.Length:N0} characters)");
    }

    /// <summary>One value quoted for a message: 'value', escaped and shortened.</summary>
    public static string Quote(string value) => $"'{Safe(value)}'";

    private static bool IsSeparator(char c) => c is ' ' or '\'' or '"' or ',' or ';' or ':' or '(' or ')' or '[' or ']' or '=' or '/' or '\\' or '.';

    private static void Flush(StringBuilder sb, string text, int start, int length)
    {
        if (length == 0)
        {
            return;
        }

        var shown = length > MaxRun ? MaxRun - 20 : length;
        for (var i = start; i < start + shown; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        if (length > MaxRun)
        {
            sb.Append(CultureInfo.InvariantCulture, $"... ({length:N0} characters)");
        }
    }
}
