using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using SecurityDilemma.Scenarios.Schema;

namespace SecurityDilemma.Cli.Infrastructure;

/// <summary>
/// Command-line syntax errors in the user's words: no .NET type names, echoed values escaped and shortened,
/// and "did you mean" for a mistyped command or option (the scenario schema's edit-distance rule).
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>One line for the first error of <paramref name="parse"/>.</summary>
    public static string Describe(ParseResult parse)
    {
        var error = parse.Errors.FirstOrDefault(e => Unrecognized().IsMatch(e.Message)) ?? parse.Errors[0];
        var command = parse.CommandResult.Command;
        var usage = $"run 'dilemma {(command is RootCommand ? "" : CommandPath(parse.CommandResult) + " ")}--help' for usage";
        var cannot = CannotParse().Match(error.Message);
        if (cannot.Success)
        {
            var option = cannot.Groups["option"].Success ? cannot.Groups["option"].Value + ": " : "";
            return $"{option}{Echo.Quote(cannot.Groups["value"].Value)} is not {TypeWords(cannot.Groups["type"].Value)}; {usage}";
        }

        var unknown = Unrecognized().Match(error.Message);
        if (unknown.Success)
        {
            var token = unknown.Groups["value"].Value;
            var candidates = token.StartsWith('-')
                ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(Recursive(parse.CommandResult))
                : command.Subcommands.Select(c => c.Name);
            var hint = Suggestions.DidYouMean(token, candidates.Where(c => c.Length > 2 || !token.StartsWith("--", StringComparison.Ordinal)));
            var what = token.StartsWith('-') ? "unknown option" : command.Subcommands.Count > 0 ? "unknown command" : "unexpected argument";
            return $"{what} {Echo.Quote(token)}{hint}; {usage}";
        }

        return $"{Echo.Safe(error.Message.Split('\n')[0].TrimEnd('.'))}; {usage}";
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c && c.Command is not RootCommand; r = r.Parent)
        {
            names.Insert(0, c.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static IEnumerable<string> Recursive(CommandResult result)
    {
        for (SymbolResult? r = result.Parent; r is CommandResult c; r = r.Parent)
        {
            foreach (var o in c.Command.Options.Where(o => o.Recursive))
            {
                yield return o.Name;
            }
        }
    }

    private static string TypeWords(string type) => type switch
    {
        _ when type.Contains("UInt", StringComparison.Ordinal) => "a whole number of at least 0",
        _ when type.Contains("Int", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number (e.g. 0.5 or 1e-3)",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ => "a valid value",
    };

    [GeneratedRegex("^Cannot parse argument '(?<value>.*?)' (?:for (?:option|command|argument) '(?<option>[^']*)' )?as expected type '(?<type>[^']*)'\\.?$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    [GeneratedRegex("^Unrecognized command or argument '(?<value>.*)'\\.?$", RegexOptions.Singleline)]
    private static partial Regex Unrecognized();
}
