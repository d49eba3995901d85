using System.Globalization;
using System.Text;
using System.Text.Json;
using SecurityDilemma.Engine;

namespace SecurityDilemma.Runs;

/// <summary>
/// Writes a run as tidy CSV files in a directory: series.csv (one row per state and year), trust.csv
/// (one row per observer, target and year) and events.csv (one row per event). States are named, numbers
/// use the invariant culture and round-trip exactly, and writing a row allocates nothing.
/// </summary>
public sealed class CsvRunRecorder : IRunRecorder, IDisposable
{
    /// <summary>Columns of series.csv.</summary>
    public static IReadOnlyList<string> SeriesColumns { get; } =
        ["year", "state", "resources", "offense", "defense", "budget_share", "military_burden", "security", "mean_trust_held", "at_war"];

    /// <summary>Columns of trust.csv.</summary>
    public static IReadOnlyList<string> TrustColumns { get; } = ["year", "observer", "target", "trust"];

    /// <summary>Columns of events.csv; <c>states</c> joins the state names with ';'.</summary>
    public static IReadOnlyList<string> EventColumns { get; } = ["year", "kind", "states", "detail"];

    private readonly string[] names;
    private readonly StreamWriter series;
    private readonly StreamWriter trust;
    private readonly StreamWriter events;
    private readonly char[] buffer = new char[64];

    /// <summary>Creates the three files in <paramref name="directory"/>; <paramref name="stateNames"/> are in scenario order.</summary>
    public CsvRunRecorder(string directory, IReadOnlyList<string> stateNames)
    {
        names = [.. stateNames.Select(Quote)];
        series = Open(Path.Combine(directory, "series.csv"), SeriesColumns);
        trust = Open(Path.Combine(directory, "trust.csv"), TrustColumns);
        events = Open(Path.Combine(directory, "events.csv"), EventColumns);
    }

    public void State(in StateYear row)
    {
        Int(series, row.Year);
        series.Write(',');
        series.Write(names[row.State]);
        Num(series, row.Resources, true);
        Num(series, row.Offense, true);
        Num(series, row.Defense, true);
        Num(series, row.BudgetShare, true);
        Num(series, row.MilitaryBurden, true);
        Num(series, row.Security, true);
        Num(series, row.MeanTrustHeld, true);
        series.Write(row.AtWar ? ",true\n" : ",false\n");
    }

    public void Trust(int year, int observer, int target, double value)
    {
        Int(trust, year);
        trust.Write(',');
        trust.Write(names[observer]);
        trust.Write(',');
        trust.Write(names[target]);
        Num(trust, value, true);
        trust.Write('\n');
    }

    public void Event(EngineEvent e)
    {
        Int(events, e.Year);
        events.Write(',');
        events.Write(JsonNamingPolicy.SnakeCaseLower.ConvertName(e.Kind.ToString()));
        events.Write(',');
        events.Write(Quote(string.Join(';', e.States.Select(s => (uint)s < (uint)names.Length ? Unquote(names[s]) : s.ToString(CultureInfo.InvariantCulture)))));
        events.Write(',');
        events.Write(Quote(e.Detail));
        events.Write('\n');
    }

    public void Dispose()
    {
        series.Dispose();
        trust.Dispose();
        events.Dispose();
    }

    /// <summary>A CSV field: quoted (with doubled quotes) only when it holds a comma, quote or line break.</summary>
    public static string Quote(string s)
        => s.AsSpan().IndexOfAny(",\"\n\r") < 0 ? s : $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Unquote(string s)
        => s.Length > 1 && s[0] == '"' ? s[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : s;

    private static StreamWriter Open(string path, IReadOnlyList<string> columns)
    {
        var w = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        w.Write(string.Join(',', columns));
        w.Write('\n');
        return w;
    }

    private void Int(StreamWriter w, int x)
    {
        x.TryFormat(buffer, out var n, default, CultureInfo.InvariantCulture);
        w.Write(buffer, 0, n);
    }

    private void Num(StreamWriter w, double x, bool comma)
    {
        if (comma)
        {
            w.Write(',');
        }

        x.TryFormat(buffer, out var n, "R", CultureInfo.InvariantCulture);
        w.Write(buffer, 0, n);
    }
}
