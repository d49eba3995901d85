using System.Text.Json;
using System.Text.RegularExpressions;

namespace SecurityDilemma.Cli.Tests.Docs;

/// <summary>
/// A claim a document makes about what the commands of the block just above print, written as an HTML comment right
/// after the closing fence (see docs/contributing.md, "Docs that run"):
/// <c>&lt;!-- output: contains "TEXT" --&gt;</c>, <c>output: lacks "TEXT"</c>, <c>output: matches "REGEX"</c>,
/// <c>output: json</c>, <c>stderr: contains "TEXT"</c>, <c>exit: N</c> (every command of the block exits N; 0 when no
/// such claim is made) and <c>file: exists "PATH"</c> (relative to the directory the commands ran in).
/// </summary>
public sealed partial record OutputClaim(int Line, string Subject, string Verb, string? Argument)
{
    /// <summary>The exit code every command of a block must return when the block says nothing else.</summary>
    public const int DefaultExit = 0;

    /// <summary>Whether <paramref name="line"/> is a docs-test comment at all (<c>&lt;!-- output:</c>, <c>stderr:</c>, <c>exit:</c> or <c>file:</c>).</summary>
    public static bool IsClaim(string line) => Shape().IsMatch(line.Trim());

    /// <summary>Parses one comment line; throws <see cref="FormatException"/> naming the line when it is not a claim the test knows.</summary>
    public static OutputClaim Parse(string file, int line, string text)
    {
        var m = Shape().Match(text.Trim());
        if (!m.Success)
        {
            throw new FormatException($"{file}:{line}: not a docs-test claim: {text.Trim()}");
        }

        var subject = m.Groups["subject"].Value;
        var body = m.Groups["body"].Value.Trim();
        if (subject == "exit")
        {
            return int.TryParse(body, out _)
                ? new OutputClaim(line, subject, "is", body)
                : throw new FormatException($"{file}:{line}: exit: expected a whole number, got '{body}'");
        }

        var claim = Claim().Match(body);
        if (!claim.Success)
        {
            throw new FormatException($"{file}:{line}: {subject}: expected VERB \"TEXT\" or json, got '{body}'");
        }

        var verb = claim.Groups["verb"].Value;
        var argument = claim.Groups["arg"].Success ? claim.Groups["arg"].Value.Replace("\\\"", "\"", StringComparison.Ordinal) : null;
        var known = (subject, verb, argument is null) switch
        {
            ("output", "contains" or "lacks" or "matches", false) => true,
            ("output", "json", true) => true,
            ("stderr", "contains" or "lacks", false) => true,
            ("file", "exists", false) => true,
            _ => false,
        };
        return known
            ? new OutputClaim(line, subject, verb, argument)
            : throw new FormatException($"{file}:{line}: unknown claim '{subject}: {body}' (see docs/contributing.md)");
    }

    /// <summary>The expected exit code of every command in a block with these claims.</summary>
    public static int ExpectedExit(IEnumerable<OutputClaim> claims)
        => claims.LastOrDefault(c => c.Subject == "exit") is { } e ? int.Parse(e.Argument!, System.Globalization.CultureInfo.InvariantCulture) : DefaultExit;

    /// <summary>Null when the claim holds for <paramref name="outcome"/>, else why not.</summary>
    public string? Check(BlockOutcome outcome)
    {
        var text = Subject == "stderr" ? outcome.Stderr : outcome.Stdout;
        var holds = (Subject, Verb) switch
        {
            ("exit", _) => outcome.ExitCodes.All(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture) == Argument),
            (_, "contains") => text.Contains(Argument!, StringComparison.Ordinal),
            (_, "lacks") => !text.Contains(Argument!, StringComparison.Ordinal),
            (_, "matches") => Regex.IsMatch(text, Argument!, RegexOptions.Multiline, TimeSpan.FromSeconds(5)),
            ("output", "json") => IsJson(text),
            ("file", "exists") => File.Exists(Path.Combine(outcome.WorkingDirectory, Argument!)) || Directory.Exists(Path.Combine(outcome.WorkingDirectory, Argument!)),
            _ => false,
        };
        return holds ? null : $"line {Line}: {this} does not hold";
    }

    public override string ToString() => Subject == "exit" ? $"exit: {Argument}" : Argument is null ? $"{Subject}: {Verb}" : $"{Subject}: {Verb} \"{Argument}\"";

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^<!--\s*(?<subject>output|stderr|exit|file):(?<body>.*?)-->$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^(?<verb>[a-z]+)(\s+""(?<arg>(?:[^""\\]|\\.)*)"")?$")]
    private static partial Regex Claim();
}
