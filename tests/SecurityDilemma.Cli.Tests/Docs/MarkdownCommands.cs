namespace SecurityDilemma.Cli.Tests.Docs;

/// <summary>
/// Finds the commands a Markdown document shows, as Python's doctest finds examples in docstrings: every fenced block
/// whose info string is empty, <c>sh</c>, <c>bash</c>, <c>shell</c> or <c>console</c> is read, and each of its lines that
/// starts with <c>dilemma </c> or <c>dotnet run --project src/SecurityDilemma.Cli -- </c> (after an optional <c>$ </c>
/// prompt; a trailing backslash continues a line) is a command to run. Other lines of such a block (<c>dotnet test</c>,
/// <c>bash ...</c>) are shown, not run. A block marked <c>```text</c> is a usage synopsis or sample output and is
/// never run. The claim comments right after a block's closing fence are read with it (<see cref="OutputClaim"/>).
/// </summary>
public static class MarkdownCommands
{
    /// <summary>The info strings of blocks whose command lines are run.</summary>
    public static readonly IReadOnlySet<string> RunnableInfo = new HashSet<string>(StringComparer.Ordinal) { "", "sh", "bash", "shell", "console" };

    private const string DotnetRun = "dotnet run --project src/SecurityDilemma.Cli -- ";

    /// <summary>The blocks of <paramref name="text"/> that show commands; <paramref name="file"/> names the document in messages.</summary>
    public static IReadOnlyList<DocBlock> Extract(string file, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<DocBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (OutputClaim.IsClaim(lines[i]))
            {
                throw new FormatException($"{file}:{i + 1}: a docs-test claim must follow the closing fence of a block that runs commands");
            }

            var fence = lines[i].TrimStart();
            if (!fence.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var open = i;
            var ticks = fence.Length - fence.TrimStart('`').Length;
            var info = fence[ticks..].Trim().Split(' ', 2)[0];
            var commands = new List<DocCommand>();
            var pending = "";
            var pendingLine = 0;
            for (i++; i < lines.Length && !IsClosingFence(lines[i], ticks); i++)
            {
                if (!RunnableInfo.Contains(info))
                {
                    continue;
                }

                var line = lines[i].TrimEnd();
                if (pending.Length == 0)
                {
                    pendingLine = i + 1;
                }

                if (line.EndsWith('\\'))
                {
                    pending += line[..^1] + " ";
                    continue;
                }

                var whole = (pending + line).Trim();
                pending = "";
                if (whole.StartsWith("$ ", StringComparison.Ordinal))
                {
                    whole = whole[2..].TrimStart();
                }

                var rest = whole.StartsWith("dilemma ", StringComparison.Ordinal) ? whole["dilemma ".Length..]
                    : whole.StartsWith(DotnetRun, StringComparison.Ordinal) ? whole[DotnetRun.Length..]
                    : null;
                if (rest is not null)
                {
                    commands.Add(new DocCommand(pendingLine, whole, ShellWords.Split(rest)));
                }
            }

            if (i >= lines.Length)
            {
                throw new FormatException($"{file}:{open + 1}: the fenced block never closes");
            }

            var claims = new List<OutputClaim>();
            var j = i + 1;
            for (; j < lines.Length; j++)
            {
                if (string.IsNullOrWhiteSpace(lines[j]) && claims.Count == 0)
                {
                    continue;
                }

                if (!OutputClaim.IsClaim(lines[j]))
                {
                    break;
                }

                claims.Add(OutputClaim.Parse(file, j + 1, lines[j]));
            }

            if (claims.Count > 0 && commands.Count == 0)
            {
                throw new FormatException($"{file}:{claims[0].Line}: a docs-test claim after a block that runs no command (a ```{info} block at line {open + 1})");
            }

            if (commands.Count > 0)
            {
                blocks.Add(new DocBlock(file, open + 1, commands, claims));
            }

            i = j - 1;
        }

        return blocks;
    }

    /// <summary>A closing fence: only backticks, at least as many as the opening fence had (CommonMark).</summary>
    private static bool IsClosingFence(string line, int ticks)
    {
        var t = line.Trim();
        return t.Length >= ticks && t.All(c => c == '`');
    }
}
