using System.Text;

namespace SecurityDilemma.Cli.Tests;

/// <summary>
/// A writer installed as Console.Out or Console.Error of the test process that sends each write to the writer of the
/// in-process <c>dilemma</c> call it belongs to (an <see cref="AsyncLocal{T}"/>, which flows into the worker threads and
/// tasks a command starts), and everything else to the console the process had.
/// </summary>
internal sealed class RoutedWriter(TextWriter fallback, AsyncLocal<TextWriter?> route) : TextWriter
{
    private TextWriter Target => route.Value ?? fallback;

    public override Encoding Encoding => fallback.Encoding;

    public override IFormatProvider FormatProvider => Target.FormatProvider;

    public override void Write(char value) => Target.Write(value);

    public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);

    public override void Write(ReadOnlySpan<char> buffer) => Target.Write(buffer);

    public override void Write(string? value) => Target.Write(value);

    public override void WriteLine() => Target.Write('\n');

    public override void WriteLine(string? value)
    {
        var target = Target;
        target.Write(value);
        target.Write('\n');
    }

    public override void Flush() => Target.Flush();
}
