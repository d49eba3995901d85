using System.Text;

namespace SecurityDilemma.Cli.Tests.Docs;

/// <summary>
/// Splits a command line from the docs into words as a POSIX shell would for the plain cases the docs use: words
/// separated by blanks, '…' and "…" quoting, backslash escapes, and a trailing # comment. Pipes, redirections,
/// variables and command substitution are refused, so that a command shown in the docs is exactly what is run.
/// </summary>
public static class ShellWords
{
    /// <summary>The words of <paramref name="line"/>; throws <see cref="FormatException"/> for shell syntax the docs test does not run.</summary>
    public static IReadOnlyList<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case ' ' or '\t':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    break;
                case '#' when !inWord:
                    return words;
                case '\'':
                    var close = line.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        throw new FormatException($"unterminated ' quote in: {line}");
                    }

                    word.Append(line, i + 1, close - i - 1);
                    i = close;
                    inWord = true;
                    break;
                case '"':
                    i = ReadDoubleQuoted(line, i, word);
                    inWord = true;
                    break;
                case '\\':
                    if (i + 1 < line.Length)
                    {
                        word.Append(line[++i]);
                    }

                    inWord = true;
                    break;
                case '|' or '>' or '<' or ';' or '&' or '$' or '`' or '(' or ')':
                    throw new FormatException($"shell syntax '{c}' is not run by the docs test (write the command without it, or mark the block as ```text): {line}");
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static int ReadDoubleQuoted(string line, int open, StringBuilder word)
    {
        for (var i = open + 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                return i;
            }

            if (c is '$' or '`')
            {
                throw new FormatException($"shell expansion '{c}' is not run by the docs test: {line}");
            }

            if (c == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\')
            {
                c = line[++i];
            }

            word.Append(c);
        }

        throw new FormatException($"unterminated \" quote in: {line}");
    }
}
