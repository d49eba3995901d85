using System.Text.Json;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Reports.Sweeps;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Reports.Html;

/// <summary>
/// The report of a sweep database: what was swept, the per-point estimates with 95% intervals, and its figures (a
/// heatmap of each metric over the first two parameters, lines over the first parameter).
/// </summary>
public static class SweepReportBuilder
{
    /// <summary>The sections every sweep report has, in order.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["sweep", "summary", "figures"];

    /// <summary>The figures of the report, built lazily so a caller can show progress.</summary>
    public static IReadOnlyList<Func<Figure>> Figures(SweepResults results)
    {
        var s = results.Summary;
        var list = new List<Func<Figure>>();
        foreach (var metric in s.MetricNames)
        {
            if (s.ParameterNames.Count >= 2)
            {
                list.Add(() => SweepPlots.Heatmap(results, metric, s.ParameterNames[0], s.ParameterNames[1]));
            }
            else if (s.ParameterNames.Count == 1)
            {
                list.Add(() => SweepPlots.Lines(results, metric, s.ParameterNames[0], null));
            }
        }

        return list;
    }

    /// <summary>
    /// Builds the report; <paramref name="onFigure"/> is called after each figure is drawn. <paramref name="diagnosis"/>
    /// (the JSON of <c>dilemma diagnose SWEEP.duckdb --json</c>, <see cref="DiagnosisSection.Load"/>) adds its section.
    /// </summary>
    public static HtmlReport Build(SweepResults results, Action? onFigure = null, JsonElement? diagnosis = null)
    {
        var s = results.Summary;
        var report = new HtmlReport($"Sweep report: {s.Sweep}");
        report.Section("sweep", "Sweep");
        report.Paragraph($"Sweep {s.Sweep} from {results.Source}: {s.Points.Count} points, {s.StoredRuns} of {s.TotalRuns} runs stored{(s.Complete ? "" : " (incomplete)")}; varied: {string.Join(", ", s.ParameterNames)}.");
        report.Section("summary", "Summary");
        report.Paragraph("Each cell: estimate [95% CI]; yes/no metrics are rates with Wilson intervals, the rest means with Student-t intervals.", note: true);
        report.Table(
            ["point", .. s.ParameterNames, "runs", .. s.MetricNames],
            s.Points.Select(p => (IReadOnlyList<string>)[p.PointId.ToString(System.Globalization.CultureInfo.InvariantCulture), .. s.ParameterNames.Select(n => Summarizer.FormatParameter(p.Parameters[n])), p.Runs.ToString(System.Globalization.CultureInfo.InvariantCulture), .. s.MetricNames.Select(m => Summarizer.Format(p.Metrics[m]))]));
        report.Section("figures", "Figures");
        foreach (var figure in Figures(results))
        {
            report.Figure(figure());
            onFigure?.Invoke();
        }

        if (diagnosis is { } d)
        {
            report.Section("diagnosis", "Diagnosis");
            DiagnosisSection.Render(report, d);
        }

        return report;
    }

    /// <summary>The fields a diagnosis of <paramref name="results"/> must carry (<see cref="DiagnosisSection.Load"/>).</summary>
    public static IReadOnlyList<(string Field, string Value)> Identity(SweepResults results) => [("sweep", results.Summary.Sweep)];
}
