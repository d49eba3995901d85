namespace SecurityDilemma;

/// <summary>
/// A user mistake (a bad file, value or option): where it is, which field, what was expected.
/// The CLI prints <see cref="Exception.Message"/> and exits with code 2, never a stack trace.
/// </summary>
public class InputException : Exception
{
    public InputException(string source, int? line, int? column, string field, string problem, string expected)
        : base(Format(source, line, column, field, problem, expected))
    {
        Source = source;
        Line = line;
        Column = column;
        Field = field;
        Problem = problem;
        Expected = expected;
    }

    /// <summary>File name, or the option (e.g. "--set", "--payoffs") for command-line input.</summary>
    public new string Source { get; }

    public int? Line { get; }

    public int? Column { get; }

    /// <summary>Dotted path of the field, e.g. <c>states.Athens.offense</c>, or a CSV column name.</summary>
    public string Field { get; }

    public string Problem { get; }

    public string Expected { get; }

    private static string Format(string source, int? line, int? column, string field, string problem, string expected)
    {
        var where = line is { } l ? $"{source}:{l}:{column ?? 1}" : source;
        var what = string.IsNullOrEmpty(field) ? problem : $"{field}: {problem}";
        var text = string.IsNullOrEmpty(expected) ? $"{where}: {what}" : $"{where}: {what}; expected {expected}";
        return Echo.Safe(string.IsNullOrEmpty(where) ? text[2..] : text);
    }
}
