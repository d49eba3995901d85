using System.Globalization;
using SecurityDilemma.Reports.Theme;
using SecurityDilemma.Reports.Tournaments;

namespace SecurityDilemma.Reports.Html;

/// <summary>
/// The report of a tournament: its settings, the ranking with 95% intervals, the score boxplots in rank order, the
/// payoff and win heatmaps, and the pairwise matrices as tables.
/// </summary>
public static class TournamentReportBuilder
{
    /// <summary>The sections every tournament report has, in order.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["tournament", "summary", "figures", "pairwise"];

    /// <summary>The figures of the report, built lazily so a caller can show progress.</summary>
    public static IReadOnlyList<Func<Figure>> Figures(TournamentRecord tournament)
    {
        var list = new List<Func<Figure>>();
        if (tournament.Scores is { } scores)
        {
            list.Add(() => TournamentPlots.ScoreBoxplots(scores, tournament.Pairwise.Subtitle));
        }

        list.Add(() => TournamentPlots.PayoffMatrix(tournament.Pairwise));
        list.Add(() => TournamentPlots.WinMatrix(tournament.Pairwise));
        return list;
    }

    /// <summary>Builds the report; <paramref name="onFigure"/> is called after each figure is drawn.</summary>
    public static HtmlReport Build(TournamentRecord tournament, Action? onFigure = null)
    {
        var t = tournament;
        var report = new HtmlReport($"Tournament report: {t.Ranking.Count} strategies, {t.Pairwise.Subtitle}");
        report.Section("tournament", "Tournament");
        report.Paragraph($"A round-robin tournament of the iterated Prisoner's Dilemma read from {t.Source}: {t.Ranking.Count} strategies, {t.Pairwise.Subtitle}.");
        report.Table(["setting", "value"], t.Settings.Select(s => (IReadOnlyList<string>)[s.Name, s.Value]));

        report.Section("summary", "Ranking");
        report.Paragraph("Score: mean payoff per turn, averaged over a strategy's matches in each repetition, then over repetitions (95% Student-t interval over repetitions). Wins: matches won outright.", note: true);
        report.Table(
            ["rank", "strategy", "score", "95% CI", "wins", "cooperation"],
            t.Ranking.Select(r => (IReadOnlyList<string>)[Int(r.Rank), r.Name, Num(r.MeanScore, "F3"), double.IsFinite(r.Lower) ? $"[{Num(r.Lower, "F3")}, {Num(r.Upper, "F3")}]" : "-", Int(r.Wins), double.IsFinite(r.CooperationRate) ? r.CooperationRate.ToString("P1", CultureInfo.InvariantCulture) : "-"]));

        report.Section("figures", "Figures");
        if (t.Scores is null)
        {
            report.Paragraph("This file has no per-repetition scores (written before 'dilemma tournament --json' carried them), so there are no score boxplots.", note: true);
        }

        foreach (var figure in Figures(t))
        {
            report.Figure(figure());
            onFigure?.Invoke();
        }

        var p = t.Pairwise;
        report.Section("pairwise", "Pairwise results");
        report.Paragraph("Row strategy's mean payoff per turn against the column strategy (rank order):", note: true);
        report.Table(["", .. p.Names], p.Names.Select((n, i) => (IReadOnlyList<string>)[n, .. p.Payoffs[i].Select(v => double.IsNaN(v) ? "-" : Num(v, "G4"))]));
        report.Paragraph("Repetitions the row strategy won against the column strategy:", note: true);
        report.Table(["", .. p.Names], p.Names.Select((n, i) => (IReadOnlyList<string>)[n, .. p.Wins[i].Select(Int)]));
        return report;
    }

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Num(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);
}
