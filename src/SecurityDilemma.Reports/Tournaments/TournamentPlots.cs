using System.Globalization;
using ScottPlot;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Reports.Tournaments;

/// <summary>
/// The figures Axelrod-Python users know: score boxplots in rank order, the payoff matrix and win counts as heatmaps,
/// the Moran population over time, and fixation probabilities over many Moran runs.
/// </summary>
public static class TournamentPlots
{
    /// <summary>Cells of a matrix are labelled with their value up to this many strategies.</summary>
    public const int LabelledStrategies = 15;

    /// <summary>One box per strategy (quartiles, whiskers at the extremes) of its per-repetition scores, best mean on the left.</summary>
    public static Figure ScoreBoxplots(IReadOnlyList<StrategyScores> ranked, string subtitle)
    {
        var plot = PlotTheme.Create($"Tournament scores in rank order ({subtitle})", "", "score: mean payoff per turn, per repetition");
        var boxes = new List<Box>();
        for (var i = 0; i < ranked.Count; i++)
        {
            var xs = ranked[i].Scores.Where(s => !double.IsNaN(s)).Order().ToArray();
            if (xs.Length == 0)
            {
                continue;
            }

            boxes.Add(new Box
            {
                Position = i,
                WhiskerMin = xs[0],
                BoxMin = Quantile(xs, 0.25),
                BoxMiddle = Quantile(xs, 0.5),
                BoxMax = Quantile(xs, 0.75),
                WhiskerMax = xs[^1],
            });
        }

        var plottable = plot.Add.Boxes(boxes);
        plottable.LegendText = "score per repetition (box: quartiles, whiskers: min and max)";
        var means = plot.Add.Markers(Enumerable.Range(0, ranked.Count).Select(i => (double)i).ToArray(), ranked.Select(r => r.Mean).ToArray(), MarkerShape.FilledDiamond, 8, PlotTheme.Series(1));
        means.LegendText = "mean (ranking)";
        StrategyTicks(plot.Axes.Bottom, ranked.Select(r => r.Name).ToArray(), i => i);
        plot.ShowLegend(Alignment.UpperRight);
        return new Figure("tournament-scores", plot.Axes.Title.Label.Text, plot, Math.Max(PlotTheme.Width, 60 + (34 * ranked.Count)), PlotTheme.Height);
    }

    /// <summary>Heatmap of the mean payoff per turn of the row strategy against the column strategy (rank order).</summary>
    public static Figure PayoffMatrix(PairwiseTable table)
        => Matrix("tournament-payoffs", $"Payoff matrix: row's mean payoff per turn against column ({table.Subtitle})", "mean payoff per turn", table.Names, table.Payoffs);

    /// <summary>Heatmap of how many repetitions the row strategy won against the column strategy (rank order).</summary>
    public static Figure WinMatrix(PairwiseTable table)
        => Matrix("tournament-wins", $"Wins: repetitions the row strategy won against the column ({table.Subtitle})", "repetitions won", table.Names, [.. table.Wins.Select(r => r.Select(v => (double)v).ToArray())]);

    /// <summary>How many individuals of each strategy the population holds after each birth-death step.</summary>
    public static Figure MoranPopulation(MoranRun run)
    {
        var outcome = run.Winner is null ? "no fixation" : $"{run.Winner} fixed";
        var plot = PlotTheme.Create($"Moran process: population over time ({outcome}; {run.Source})", "birth-death step", "individuals");
        var steps = Enumerable.Range(0, run.History.Count).Select(i => (double)i).ToArray();
        for (var s = 0; s < run.Names.Count; s++)
        {
            var line = plot.Add.ScatterLine(steps, [.. run.History.Select(h => (double)h[s])], PlotTheme.Series(s));
            line.LegendText = run.Names[s];
            line.LineWidth = 2;
            line.ConnectStyle = ConnectStyle.StepHorizontal;
        }

        plot.ShowLegend(Alignment.UpperRight);
        return new Figure("moran", plot.Axes.Title.Label.Text, plot);
    }

    /// <summary>
    /// Fixation probability of each strategy over several Moran runs: the share of runs it took over, with a 95% Wilson
    /// interval (runs that did not fix count against every strategy).
    /// </summary>
    public static Figure Fixation(IReadOnlyList<MoranRun> runs)
    {
        var names = runs.SelectMany(r => r.Names).Distinct(StringComparer.Ordinal).ToArray();
        var plot = PlotTheme.Create($"Fixation probabilities over {runs.Count} Moran runs (95% Wilson intervals)", "", "probability of fixation (0-1)");
        var estimates = names.Select(n => Estimate.Proportion(runs.Count(r => r.Winner == n), runs.Count)).ToArray();
        var bars = plot.Add.Bars(estimates.Select(e => e.Value).ToArray());
        bars.LegendText = "share of runs fixed";
        for (var i = 0; i < bars.Bars.Count; i++)
        {
            bars.Bars[i].FillColor = PlotTheme.Series(i);
            bars.Bars[i].Error = 0;
        }

        var errors = plot.Add.ErrorBar(
            Enumerable.Range(0, names.Length).Select(i => (double)i).ToArray(),
            estimates.Select(e => e.Value).ToArray(),
            estimates.Select(e => e.Upper - e.Value).ToArray());
        errors.YErrorNegative = estimates.Select(e => e.Value - e.Lower).ToArray();
        errors.Color = Colors.Black;
        errors.LegendText = "95% CI";
        StrategyTicks(plot.Axes.Bottom, names, i => i);
        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend(Alignment.UpperRight);
        return new Figure("moran-fixation", plot.Axes.Title.Label.Text, plot);
    }

    private static Figure Matrix(string kind, string title, string scale, IReadOnlyList<string> names, double[][] values)
    {
        var n = names.Count;
        var plot = PlotTheme.Create(title, "column strategy (opponent)", "row strategy");
        var grid = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                grid[i, j] = values[i][j];
            }
        }

        var heatmap = plot.Add.Heatmap(grid);
        heatmap.Colormap = PlotTheme.Colormap;
        heatmap.Rectangle = new CoordinateRect(-0.5, n - 0.5, -0.5, n - 0.5);
        heatmap.NaNCellColor = Colors.LightGray;
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = scale;
        if (n <= LabelledStrategies)
        {
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    if (double.IsNaN(grid[i, j]))
                    {
                        continue;
                    }

                    var text = plot.Add.Text(grid[i, j].ToString("G3", CultureInfo.InvariantCulture), j, n - 1 - i);
                    text.LabelAlignment = Alignment.MiddleCenter;
                    text.LabelFontColor = Colors.White;
                    text.LabelBackgroundColor = Colors.Black.WithAlpha(0.35);
                }
            }
        }

        StrategyTicks(plot.Axes.Bottom, [.. names], i => i);
        StrategyTicks(plot.Axes.Left, [.. names], i => n - 1 - i);
        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        var side = Math.Max(PlotTheme.Height, 200 + (40 * n));
        return new Figure(kind, title, plot, side + 280, side);
    }

    private static void StrategyTicks(IAxis axis, string[] names, Func<int, int> position)
    {
        axis.SetTicks([.. Enumerable.Range(0, names.Length).Select(i => (double)position(i))], names);
        if (axis.Edge == Edge.Bottom)
        {
            // Long strategy names: slanted labels, with room below the axis for them.
            axis.TickLabelStyle.Rotation = 40;
            axis.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            axis.MinimumSize = 30 + (6.5f * names.Max(n => n.Length));
        }
    }

    /// <summary>Linear-interpolation quantile of sorted values (the R type 7 / numpy default definition).</summary>
    private static double Quantile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
