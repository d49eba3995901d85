using System.Globalization;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Reports.Theme;
using SecurityDilemma.Reports.Tournaments;

namespace SecurityDilemma.Reports.Html;

/// <summary>
/// The report of one or more Moran processes: how they were run, each run's start, end and fixation, the fixation
/// probabilities with 95% Wilson intervals (several runs), and the population over time of each run.
/// </summary>
public static class MoranReportBuilder
{
    /// <summary>At most this many runs get their own population figure (the fixation figure covers them all).</summary>
    public const int MaxPopulationFigures = 12;

    /// <summary>The sections every Moran report has, in order.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["moran", "summary", "figures"];

    /// <summary>The figures of the report, built lazily so a caller can show progress.</summary>
    public static IReadOnlyList<Func<Figure>> Figures(IReadOnlyList<MoranRun> runs)
    {
        var list = new List<Func<Figure>>();
        if (runs.Count > 1)
        {
            list.Add(() => TournamentPlots.Fixation(runs));
        }

        list.AddRange(runs.Take(MaxPopulationFigures).Select(r => (Func<Figure>)(() => TournamentPlots.MoranPopulation(r))));
        return list;
    }

    /// <summary>Builds the report; <paramref name="onFigure"/> is called after each figure is drawn.</summary>
    public static HtmlReport Build(IReadOnlyList<MoranRun> runs, Action? onFigure = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs.Count, 1);
        var names = runs.SelectMany(r => r.Names).Distinct(StringComparer.Ordinal).ToArray();
        var report = new HtmlReport(runs.Count == 1 ? $"Moran report: {runs[0].Source}" : $"Moran report: {runs.Count} runs");
        report.Section("moran", "Moran process");
        report.Paragraph($"Fitness-proportional birth, uniform death, until one strategy takes over; {runs.Count} run(s) of {string.Join(", ", names)}.");
        var settingNames = runs.SelectMany(r => r.Settings.Select(s => s.Name)).Distinct(StringComparer.Ordinal).ToArray();
        if (settingNames.Length > 0)
        {
            report.Table(["run", .. settingNames], runs.Select(r => (IReadOnlyList<string>)[r.Source, .. settingNames.Select(n => r.Settings.FirstOrDefault(s => s.Name == n).Value ?? "")]));
        }
        else
        {
            report.Paragraph("The input carries no settings (written before 'dilemma tournament moran --json' recorded them).", note: true);
        }

        report.Section("summary", "Summary");
        report.Table(
            ["run", "steps", "fixed", "initial", "final"],
            runs.Select(r => (IReadOnlyList<string>)[r.Source, Int(r.Steps), r.Winner ?? "none", Population(r, r.History[0]), Population(r, r.History[^1])]));
        if (runs.Count > 1)
        {
            report.Paragraph("Fixation probability: the share of runs each strategy took over, with a 95% Wilson interval (runs that did not fix count against every strategy).", note: true);
            report.Table(
                ["strategy", "runs fixed", "probability", "95% CI"],
                names.Select(n =>
                {
                    var k = runs.Count(r => r.Winner == n);
                    var e = Estimate.Proportion(k, runs.Count);
                    return (IReadOnlyList<string>)[n, $"{Int(k)} of {Int(runs.Count)}", Num(e.Value), $"[{Num(e.Lower)}, {Num(e.Upper)}]"];
                }));
        }

        report.Section("figures", "Figures");
        if (runs.Count > MaxPopulationFigures)
        {
            report.Paragraph($"The population over time is drawn for the first {MaxPopulationFigures} of {runs.Count} runs.", note: true);
        }

        foreach (var figure in Figures(runs))
        {
            report.Figure(figure());
            onFigure?.Invoke();
        }

        return report;
    }

    private static string Population(MoranRun run, int[] counts) => string.Join(", ", run.Names.Select((n, i) => $"{n} {Int(counts[i])}"));

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Num(double x) => x.ToString("F3", CultureInfo.InvariantCulture);
}
