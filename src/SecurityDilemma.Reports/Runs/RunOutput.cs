using System.Globalization;
using System.Text.Json;

namespace SecurityDilemma.Reports.Runs;

/// <summary>
/// What <c>dilemma run --out DIR</c> wrote (docs/run-output.md): the series, trust and event tables (CSV or Parquet) and
/// run.json. Tables are read by column name, so columns added later are carried along and ignored by plots that do
/// not know them.
/// </summary>
public sealed class RunOutput
{
    private RunOutput(string directory, TidyTable series, TidyTable? trust, TidyTable? events, JsonElement? document)
    {
        Directory = directory;
        Series = series;
        Trust = trust;
        Events = events;
        Document = document;
        Scenario = Text(document, "scenario") ?? Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar));
        Seed = document is { } d && d.TryGetProperty("seed", out var s) ? s.GetRawText() : "?";
        States = [.. Series.Texts("state").Distinct(StringComparer.Ordinal)];
        Wars = document is { } w ? ReadWars(w) : [];
        Crises = document is { } c ? ReadCrises(c) : [];
        Alliances = document is { } a ? ReadAlliances(a) : [];
    }

    /// <summary>The run directory.</summary>
    public string Directory { get; }

    /// <summary>series.csv / series.parquet: one row per state and year.</summary>
    public TidyTable Series { get; }

    /// <summary>trust.csv / trust.parquet, when present.</summary>
    public TidyTable? Trust { get; }

    /// <summary>events.csv / events.parquet, when present.</summary>
    public TidyTable? Events { get; }

    /// <summary>run.json, when present.</summary>
    public JsonElement? Document { get; }

    /// <summary>The scenario name (from run.json, else the directory name).</summary>
    public string Scenario { get; }

    /// <summary>The seed as run.json wrote it ("?" without run.json).</summary>
    public string Seed { get; }

    /// <summary>The states in the order they first appear in the series.</summary>
    public IReadOnlyList<string> States { get; }

    /// <summary>The wars of the run.</summary>
    public IReadOnlyList<WarSpan> Wars { get; }

    /// <summary>The crises of the run.</summary>
    public IReadOnlyList<CrisisSpan> Crises { get; }

    /// <summary>The alliances and guarantees of the run.</summary>
    public IReadOnlyList<AllianceSpan> Alliances { get; }

    /// <summary>"scenario, seed N": the subtitle of every figure of this run.</summary>
    public string Subtitle => Theme.PlotTheme.ScenarioAndSeed(Scenario, Seed);

    /// <summary>Loads the run in <paramref name="directory"/>; a directory without a series table is an <see cref="InputException"/>.</summary>
    public static RunOutput Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new InputException(directory, null, null, "", "no such directory", "a directory written by 'dilemma run --out DIR'");
        }

        var series = Find(directory, "series") ?? throw new InputException(directory, null, null, "", "has no series.csv or series.parquet", "a directory written by 'dilemma run --out DIR' (one run, not --replications)");
        var table = TidyTable.Read(series);
        foreach (var column in new[] { "year", "state" })
        {
            if (!table.Has(column))
            {
                throw new InputException(series, 1, null, column, "missing column", "the columns of docs/run-output.md");
            }
        }

        var trust = Find(directory, "trust") is { } t ? TidyTable.Read(t) : null;
        var events = Find(directory, "events") is { } e ? TidyTable.Read(e) : null;
        JsonElement? document = null;
        var json = Path.Combine(directory, "run.json");
        if (File.Exists(json))
        {
            try
            {
                document = JsonDocument.Parse(File.ReadAllText(json)).RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new InputException(json, (int?)ex.LineNumber + 1, (int?)ex.BytePositionInLine + 1, "", "is not valid JSON", "the run.json that 'dilemma run --out' writes");
            }
        }

        return new RunOutput(directory, table, trust, events, document);
    }

    /// <summary>Year and value of <paramref name="column"/> for <paramref name="state"/>, in year order.</summary>
    public (double[] Years, double[] Values) StateSeries(string state, string column)
    {
        var states = Series.Texts("state");
        var years = Series.Numbers("year");
        var values = Series.Numbers(column);
        var rows = Enumerable.Range(0, states.Length).Where(i => states[i] == state).OrderBy(i => years[i]).ToArray();
        return ([.. rows.Select(i => years[i])], [.. rows.Select(i => values[i])]);
    }

    private static string? Find(string directory, string name)
        => new[] { ".csv", ".parquet" }.Select(ext => Path.Combine(directory, name + ext)).FirstOrDefault(File.Exists);

    private static string? Text(JsonElement? e, string name)
        => e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Year(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static IReadOnlyList<string> Names(JsonElement e, string name) => [.. Array(e, name).Select(x => x.GetString() ?? "")];

    private static IReadOnlyList<WarSpan> ReadWars(JsonElement d) =>
    [
        .. Array(d, "wars").Select(w => new WarSpan(
            Year(w, "start") ?? 0,
            Year(w, "end"),
            [.. Array(w, "sides").Select(side => (IReadOnlyList<string>)[.. side.EnumerateArray().Select(n => n.GetString() ?? "")])],
            Text(w, "initiator") ?? "",
            w.TryGetProperty("preemptive", out var p) && p.ValueKind == JsonValueKind.True)),
    ];

    private static IReadOnlyList<CrisisSpan> ReadCrises(JsonElement d) =>
    [
        .. Array(d, "crises").Select(c => new CrisisSpan(
            Year(c, "start") ?? 0,
            Year(c, "end"),
            Names(c, "parties"),
            c.TryGetProperty("threats", out var t) && t.ValueKind == JsonValueKind.Object
                ? t.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal)
                : new Dictionary<string, double>(),
            Text(c, "outcome") ?? "")),
    ];

    private static IReadOnlyList<AllianceSpan> ReadAlliances(JsonElement d) =>
    [
        .. Array(d, "alliances").Select(a => new AllianceSpan(Text(a, "kind") ?? "alliance", Names(a, "members"), Year(a, "formed") ?? 0, Year(a, "dissolved"))),
    ];

    /// <summary>Formats a number for labels and tables (invariant culture, four significant digits).</summary>
    internal static string Format(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
}
