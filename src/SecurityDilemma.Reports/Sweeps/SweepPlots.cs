using System.Globalization;
using ScottPlot;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Reports.Sweeps;

/// <summary>
/// Figures of a parameter sweep: a heatmap of a metric over two parameters (Jervis's four worlds: war rate over
/// offense-defense balance x distinguishability), lines with 95% bands over one parameter, and small multiples
/// (one heatmap per value of a third parameter, on a shared colour scale). Points that share the plotted
/// coordinates (other parameters varied too) are averaged, and the title says so.
/// </summary>
public static class SweepPlots
{
    /// <summary>Axes with more distinct values than this are binned into equal-width bins (sampled, not gridded, sweeps).</summary>
    public const int MaxCells = 60;

    /// <summary>Cells are labelled with their value when the grid has at most this many cells per side.</summary>
    public const int LabelledCells = 12;

    /// <summary>Heatmap of <paramref name="metric"/> over parameters <paramref name="x"/> and <paramref name="y"/>.</summary>
    public static Figure Heatmap(SweepResults results, string metric, string x, string y)
    {
        var plot = HeatmapPanel(results, results.Summary.Points, metric, x, y, null, out _);
        return new Figure("sweep-heatmap", plot.Axes.Title.Label.Text, plot);
    }

    /// <summary>One heatmap of <paramref name="metric"/> over <paramref name="x"/> and <paramref name="y"/> per value of <paramref name="facet"/>.</summary>
    public static Figure SmallMultiples(SweepResults results, string metric, string x, string y, string facet)
    {
        var groups = results.Summary.Points.GroupBy(p => p.Parameters[facet]).OrderBy(g => g.Key is double d ? d : 0).ThenBy(g => Convert.ToString(g.Key, CultureInfo.InvariantCulture), StringComparer.Ordinal).ToList();
        var values = results.Summary.Points.Select(p => p.Metrics[metric].Value).Where(double.IsFinite).ToArray();
        var range = values.Length == 0 ? new ScottPlot.Range(0, 1) : new ScottPlot.Range(values.Min(), values.Max() > values.Min() ? values.Max() : values.Min() + 1);
        var panels = groups.Select(g => HeatmapPanel(results, [.. g], metric, x, y, $"{facet} = {Summarizer.FormatParameter(g.Key)}", out _, range)).ToList();
        var columns = (int)Math.Ceiling(Math.Sqrt(panels.Count));
        var rows = (panels.Count + columns - 1) / columns;
        return new Figure("sweep-facets", $"{metric} over {x} x {y}, by {facet} ({results.Summary.Sweep})", panels, columns, Math.Min(1800, 480 * columns), Math.Min(1500, 380 * rows));
    }

    /// <summary>
    /// <paramref name="metric"/> over <paramref name="x"/>: the estimate and its 95% confidence band, one line per value of
    /// <paramref name="group"/> (null: one line).
    /// </summary>
    public static Figure Lines(SweepResults results, string metric, string x, string? group)
    {
        var points = results.Summary.Points;
        var kind = points.Count > 0 ? points[0].Metrics[metric].Kind : "mean";
        var plot = PlotTheme.Create($"{metric} over {x}{(group is null ? "" : $", by {group}")} ({results.Summary.Sweep}){AveragedNote(results, [x, .. group is null ? Array.Empty<string>() : [group]])}", x, SweepResults.MetricLabel(metric, kind));
        var groups = group is null
            ? [points.GroupBy(_ => (object)"all").Single()]
            : points.GroupBy(p => p.Parameters[group]).OrderBy(g => g.Key is double d ? d : 0).ToList();
        for (var g = 0; g < groups.Count; g++)
        {
            var byX = groups[g].GroupBy(p => results.Number(p, x)).OrderBy(k => k.Key).ToArray();
            var xs = byX.Select(k => k.Key).ToArray();
            var mean = byX.Select(k => k.Average(p => p.Metrics[metric].Value)).ToArray();
            var lower = byX.Select(k => k.Average(p => Finite(p.Metrics[metric].Lower, p.Metrics[metric].Value))).ToArray();
            var upper = byX.Select(k => k.Average(p => Finite(p.Metrics[metric].Upper, p.Metrics[metric].Value))).ToArray();
            var colour = PlotTheme.Series(g);
            var name = group is null ? metric : $"{group} = {Summarizer.FormatParameter(groups[g].Key)}";
            var band = plot.Add.FillY(xs, upper, lower);
            band.FillColor = colour.WithAlpha(0.22);
            band.LineWidth = 0;
            band.LegendText = $"{name} 95% CI";
            var line = plot.Add.Scatter(xs, mean, colour);
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = name;
        }

        plot.ShowLegend(Alignment.UpperRight);
        return new Figure("sweep-lines", plot.Axes.Title.Label.Text, plot);
    }

    private static Plot HeatmapPanel(SweepResults results, IReadOnlyList<PointSummary> points, string metric, string x, string y, string? facetTitle, out double[,] grid, ScottPlot.Range? range = null)
    {
        var xAxis = Axis.Of([.. points.Select(p => results.Number(p, x))]);
        var yAxis = Axis.Of([.. points.Select(p => results.Number(p, y))]);
        var sums = new double[yAxis.Count, xAxis.Count];
        var counts = new int[yAxis.Count, xAxis.Count];
        foreach (var p in points)
        {
            var v = p.Metrics[metric].Value;
            if (!double.IsFinite(v))
            {
                continue;
            }

            // Row 0 of a ScottPlot heatmap is drawn at the top, so the largest y goes to row 0.
            var row = yAxis.Count - 1 - yAxis.IndexOf(results.Number(p, y));
            var column = xAxis.IndexOf(results.Number(p, x));
            sums[row, column] += v;
            counts[row, column]++;
        }

        grid = new double[yAxis.Count, xAxis.Count];
        for (var r = 0; r < yAxis.Count; r++)
        {
            for (var c = 0; c < xAxis.Count; c++)
            {
                grid[r, c] = counts[r, c] == 0 ? double.NaN : sums[r, c] / counts[r, c];
            }
        }

        var kind = points.Count > 0 ? points[0].Metrics[metric].Kind : "mean";
        var title = facetTitle ?? $"{metric} over {x} x {y} ({results.Summary.Sweep}){AveragedNote(results, [x, y])}";
        var plot = PlotTheme.Create(title, x, y);
        var heatmap = plot.Add.Heatmap(grid);
        heatmap.Colormap = PlotTheme.Colormap;
        heatmap.Rectangle = new CoordinateRect(-0.5, xAxis.Count - 0.5, -0.5, yAxis.Count - 0.5);
        heatmap.NaNCellColor = Colors.LightGray;
        if (range is { } fixedRange)
        {
            heatmap.ManualRange = fixedRange;
        }

        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = SweepResults.MetricLabel(metric, kind);
        plot.Axes.Bottom.SetTicks(xAxis.TickPositions, xAxis.TickLabels);
        plot.Axes.Left.SetTicks(yAxis.TickPositions, yAxis.TickLabels);
        if (xAxis.Count <= LabelledCells && yAxis.Count <= LabelledCells)
        {
            for (var r = 0; r < yAxis.Count; r++)
            {
                for (var c = 0; c < xAxis.Count; c++)
                {
                    if (double.IsNaN(grid[r, c]))
                    {
                        continue;
                    }

                    var text = plot.Add.Text(grid[r, c].ToString("G3", CultureInfo.InvariantCulture), c, yAxis.Count - 1 - r);
                    text.LabelAlignment = Alignment.MiddleCenter;
                    text.LabelFontSize = 14;
                    text.LabelFontColor = Colors.White;
                    text.LabelBackgroundColor = Colors.Black.WithAlpha(0.35);
                }
            }
        }

        plot.Axes.SetLimits(-0.5, xAxis.Count - 0.5, -0.5, yAxis.Count - 0.5);
        return plot;
    }

    private static double Finite(double x, double fallback) => double.IsFinite(x) ? x : fallback;

    private static string AveragedNote(SweepResults results, IReadOnlyCollection<string> shown)
    {
        var others = results.Summary.ParameterNames.Where(p => !shown.Contains(p)).ToArray();
        return others.Length == 0 ? "" : $"\naveraged over {string.Join(", ", others)}";
    }

    /// <summary>The cells of one heatmap axis: the distinct values, or equal-width bins when there are too many.</summary>
    private sealed class Axis
    {
        private readonly double[] values;
        private readonly double low;
        private readonly double width;

        private Axis(double[] values, double low, double width, int count)
        {
            this.values = values;
            this.low = low;
            this.width = width;
            Count = count;
        }

        public int Count { get; }

        public double[] TickPositions => [.. Ticks().Select(t => t.Position)];

        public string[] TickLabels => [.. Ticks().Select(t => t.Label)];

        public static Axis Of(double[] all)
        {
            var distinct = all.Distinct().Order().ToArray();
            if (distinct.Length <= MaxCells)
            {
                return new Axis(distinct, 0, 0, Math.Max(1, distinct.Length));
            }

            var lo = distinct[0];
            return new Axis([], lo, (distinct[^1] - lo) / MaxCells, MaxCells);
        }

        public int IndexOf(double v) => values.Length > 0
            ? Array.BinarySearch(values, v)
            : Math.Clamp((int)((v - low) / width), 0, Count - 1);

        private IEnumerable<(double Position, string Label)> Ticks()
        {
            var step = Math.Max(1, Count / 10);
            for (var i = 0; i < Count; i += step)
            {
                var value = values.Length > 0 ? values[i] : low + ((i + 0.5) * width);
                yield return (i, value.ToString("G3", CultureInfo.InvariantCulture));
            }
        }
    }
}
