using System.Globalization;
using System.Text.Json;
using SecurityDilemma.Reports.Runs;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Reports.Html;

/// <summary>
/// The report of one run: the scenario and its states, the summary metrics, every run figure, the event log and the
/// crisis log, and the diagnosis table when run.json carries one.
/// </summary>
public static class RunReportBuilder
{
    /// <summary>The sections every run report has, in order (a diagnosis section follows when run.json has one).</summary>
    public static IReadOnlyList<string> Sections { get; } = ["scenario", "summary", "figures", "events", "crises"];

    /// <summary>The figures of the report, built lazily so a caller can show progress.</summary>
    public static IReadOnlyList<Func<Figure>> Figures(RunOutput run)
    {
        var list = new List<Func<Figure>> { () => RunPlots.Forces(run) };
        foreach (var column in new[] { "military_burden", "security", "mean_trust_held" }.Where(run.Series.Has))
        {
            list.Add(() => RunPlots.Series(run, column));
        }

        if (run.Trust is not null)
        {
            list.Add(() => RunPlots.Trust(run));
        }

        if (run.Crises.Count > 0)
        {
            list.Add(() => RunPlots.Threat(run));
        }

        list.Add(() => RunPlots.Alliances(run));
        return list;
    }

    /// <summary>
    /// Builds the report; <paramref name="onFigure"/> is called after each figure is drawn. <paramref name="diagnosis"/>
    /// (the JSON of <c>dilemma diagnose RUN_DIR --json</c>, <see cref="DiagnosisSection.Load"/>) adds its section; without
    /// it, a <c>diagnosis</c> value in run.json does.
    /// </summary>
    public static HtmlReport Build(RunOutput run, Action? onFigure = null, JsonElement? diagnosis = null)
    {
        var report = new HtmlReport($"Run report: {run.Subtitle}");
        var doc = run.Document;

        report.Section("scenario", "Scenario");
        var years = doc is { } d && d.TryGetProperty("years", out var y) ? y.GetRawText() : JsonCell.Number(run.Series.Numbers("year").Max());
        report.Paragraph($"Scenario {run.Scenario}, seed {run.Seed}, {years} years, {run.States.Count} states; output read from {run.Directory}.");
        var states = doc is { } s && s.TryGetProperty("states", out var st) && st.ValueKind == JsonValueKind.Array ? st.EnumerateArray().ToArray() : [];
        if (states.Length > 0)
        {
            var finals = states[0].TryGetProperty("final", out var f0) && f0.ValueKind == JsonValueKind.Object ? f0.EnumerateObject().Select(p => p.Name).ToArray() : [];
            report.Table(
                ["state", "motive", "policy", .. finals.Select(c => $"final {c}")],
                states.Select(e => (IReadOnlyList<string>)[JsonCell.Text(e, "name"), JsonCell.Text(e, "motive"), JsonCell.Text(e, "policy"), .. finals.Select(c => e.TryGetProperty("final", out var f) && f.TryGetProperty(c, out var v) ? JsonCell.Text(v) : "")]));
        }

        report.Section("summary", "Summary");
        if (doc is { } m && m.TryGetProperty("metrics", out var metrics) && metrics.ValueKind == JsonValueKind.Object)
        {
            report.Table(["metric", "value"], metrics.EnumerateObject().Select(p => (IReadOnlyList<string>)[p.Name, JsonCell.Text(p.Value)]));
        }
        else
        {
            report.Paragraph("run.json is missing, so the run's metrics are not known.", note: true);
        }

        report.Table(
            ["war", "start", "end", "sides", "initiator", "preemptive"],
            run.Wars.Select((w, i) => (IReadOnlyList<string>)[JsonCell.Number(i + 1), JsonCell.Number(w.Start), w.End is { } e ? JsonCell.Number(e) : "ongoing", string.Join(" vs ", w.Sides.Select(side => string.Join(", ", side))), w.Initiator, w.Preemptive ? "yes" : "no"]));

        report.Section("figures", "Figures");
        foreach (var figure in Figures(run))
        {
            report.Figure(figure());
            onFigure?.Invoke();
        }

        report.Section("events", "Event log");
        if (run.Events is { } events)
        {
            var columns = events.Columns;
            report.Table(columns, events.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")]));
        }
        else
        {
            report.Paragraph("No events table in the run directory.", note: true);
        }

        report.Section("crises", "Crisis log");
        var crises = doc is { } c && c.TryGetProperty("crises", out var cr) && cr.ValueKind == JsonValueKind.Array ? cr.EnumerateArray().ToArray() : [];
        report.Table(
            ["start", "end", "parties", "trigger", "outcome", "moves"],
            crises.Select(e => (IReadOnlyList<string>)[JsonCell.Text(e, "start"), e.TryGetProperty("end", out var end) && end.ValueKind == JsonValueKind.Number ? end.GetRawText() : "open", JsonCell.List(e, "parties"), JsonCell.Text(e, "trigger"), JsonCell.Text(e, "outcome"), Moves(e)]));
        if (crises.Length == 0)
        {
            report.Paragraph("No crises in this run.", note: true);
        }

        JsonElement? stored = doc is { } g && g.TryGetProperty("diagnosis", out var value) ? value : null;
        if ((diagnosis ?? stored) is { } shown)
        {
            report.Section("diagnosis", "Diagnosis");
            DiagnosisSection.Render(report, shown);
        }

        return report;
    }

    /// <summary>The fields a diagnosis of <paramref name="run"/> must carry (<see cref="DiagnosisSection.Load"/>).</summary>
    public static IReadOnlyList<(string Field, string Value)> Identity(RunOutput run) => [("scenario", run.Scenario), ("seed", run.Seed)];

    private static string Moves(JsonElement crisis)
        => crisis.TryGetProperty("moves", out var moves) && moves.ValueKind == JsonValueKind.Array
            ? string.Join("; ", moves.EnumerateArray().Select(m => $"{JsonCell.Text(m, "year")}: {JsonCell.Text(m, "state")} {JsonCell.Text(m, "move")}"))
            : "";
}
