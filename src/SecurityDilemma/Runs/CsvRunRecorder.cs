using System.Text.Json;
using SecurityDilemma.Engine;
using SecurityDilemma.IO;

namespace SecurityDilemma.Runs;

/// <summary>
/// Writes a run as tidy CSV files in a directory through the one CSV writer (<see cref="CsvTableWriter"/>): series.csv
/// (one row per state and year), trust.csv (one row per observer, target and year) and events.csv (one row per event;
/// <c>states</c> joins the state names with ';'), as docs/run-output.md describes. States are named, numbers use the
/// invariant culture and read back exactly.
/// </summary>
public sealed class CsvRunRecorder : IRunRecorder, IDisposable
{
    /// <summary>Columns of series.csv.</summary>
    public static IReadOnlyList<string> SeriesColumns { get; } =
        ["year", "state", "resources", "offense", "defense", "budget_share", "military_burden", "security", "mean_trust_held", "at_war"];

    /// <summary>Columns of trust.csv.</summary>
    public static IReadOnlyList<string> TrustColumns { get; } = ["year", "observer", "target", "trust"];

    /// <summary>Columns of events.csv.</summary>
    public static IReadOnlyList<string> EventColumns { get; } = ["year", "kind", "states", "detail"];

    private readonly IReadOnlyList<string> names;
    private readonly CsvTableWriter series;
    private readonly CsvTableWriter trust;
    private readonly CsvTableWriter events;

    /// <summary>Creates the three files in <paramref name="directory"/>; <paramref name="stateNames"/> are in scenario order.</summary>
    public CsvRunRecorder(string directory, IReadOnlyList<string> stateNames)
    {
        names = stateNames;
        series = CsvTableWriter.ToFile(Path.Combine(directory, "series.csv"), SeriesColumns);
        trust = CsvTableWriter.ToFile(Path.Combine(directory, "trust.csv"), TrustColumns);
        events = CsvTableWriter.ToFile(Path.Combine(directory, "events.csv"), EventColumns);
    }

    public void State(in StateYear row)
        => series.Integer(row.Year).Text(names[row.State]).Number(row.Resources).Number(row.Offense).Number(row.Defense).Number(row.BudgetShare)
            .Number(row.MilitaryBurden).Number(row.Security).Number(row.MeanTrustHeld).Boolean(row.AtWar).EndRow();

    public void Trust(int year, int observer, int target, double value)
        => trust.Integer(year).Text(names[observer]).Text(names[target]).Number(value).EndRow();

    public void Event(EngineEvent e)
        => events.Integer(e.Year).Text(JsonNamingPolicy.SnakeCaseLower.ConvertName(e.Kind.ToString()))
            .Text(string.Join(';', e.States.Select(s => (uint)s < (uint)names.Count ? names[s] : s.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Text(e.Detail).EndRow();

    public void Dispose()
    {
        series.Dispose();
        trust.Dispose();
        events.Dispose();
    }
}
