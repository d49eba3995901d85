using ScottPlot;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Reports.Runs;

/// <summary>
/// Figures of one run: per-state time series (forces, burden, any series column), trust of each observer toward each
/// other, perceived threat at crises, and the alliance timeline. Wars are shaded spans and crises are markers on every
/// time axis, so the reader sees what the series did around them.
/// </summary>
public static class RunPlots
{
    /// <summary>Axis labels with units for the columns of docs/run-output.md; other columns are labelled by name.</summary>
    public static string Label(string column) => column switch
    {
        "resources" => "resources (economic units)",
        "offense" => "offensive forces (force units)",
        "defense" => "defensive forces (force units)",
        "budget_share" => "military budget share of resources (0-1)",
        "military_burden" => "military burden (share of resources, 0-1)",
        "security" => "security (probability of surviving attack, 0-1)",
        "mean_trust_held" => "mean trust held (belief others are security seekers, 0-1)",
        "at_war" => "at war (1 = yes)",
        _ => column.Replace('_', ' '),
    };

    /// <summary>One line per state of series column <paramref name="column"/> over the years.</summary>
    public static Figure Series(RunOutput run, string column)
    {
        var plot = PlotTheme.Create($"{Label(column).Split(" (")[0]} by state ({run.Subtitle})", "year", Label(column));
        for (var s = 0; s < run.States.Count; s++)
        {
            var (years, values) = run.StateSeries(run.States[s], column);
            var line = plot.Add.ScatterLine(years, values, PlotTheme.Series(s));
            line.LegendText = run.States[s];
            line.LineWidth = 2;
        }

        MarkWarsAndCrises(plot, run);
        plot.ShowLegend(Alignment.UpperLeft);
        return new Figure("run-series", plot.Axes.Title.Label.Text, plot);
    }

    /// <summary>Offensive (solid) and defensive (dashed) forces of every state.</summary>
    public static Figure Forces(RunOutput run)
    {
        var plot = PlotTheme.Create($"Offensive and defensive forces ({run.Subtitle})", "year", "forces (force units)");
        for (var s = 0; s < run.States.Count; s++)
        {
            var (years, offense) = run.StateSeries(run.States[s], "offense");
            var (_, defense) = run.StateSeries(run.States[s], "defense");
            var o = plot.Add.ScatterLine(years, offense, PlotTheme.Series(s));
            o.LegendText = $"{run.States[s]} offense";
            o.LineWidth = 2;
            var d = plot.Add.ScatterLine(years, defense, PlotTheme.Series(s));
            d.LegendText = $"{run.States[s]} defense";
            d.LineWidth = 2;
            d.LinePattern = LinePattern.Dashed;
        }

        MarkWarsAndCrises(plot, run);
        plot.ShowLegend(Alignment.UpperLeft);
        return new Figure("run-forces", plot.Axes.Title.Label.Text, plot);
    }

    /// <summary>Each observer's trust toward each other state (the belief that it is a security seeker).</summary>
    /// <param name="run">The run.</param>
    /// <param name="observer">Only this observer's beliefs (null: every observer).</param>
    public static Figure Trust(RunOutput run, string? observer = null)
    {
        var trust = run.Trust ?? throw new InputException(run.Directory, null, null, "", "has no trust.csv or trust.parquet", "a directory written by 'dilemma run --out DIR'");
        var years = trust.Numbers("year");
        var observers = trust.Texts("observer");
        var targets = trust.Texts("target");
        var values = trust.Numbers("trust");
        if (observer is not null && !observers.Contains(observer, StringComparer.Ordinal))
        {
            throw new InputException("--state", null, null, "", $"no observer '{observer}' in {trust.Source}", $"one of {string.Join(", ", observers.Distinct())}");
        }

        // One panel per observer (small multiples): with n states there are n (n - 1) beliefs, too many for one legend.
        var colourOf = run.States.Select((st, i) => (st, i)).ToDictionary(p => p.st, p => p.i, StringComparer.Ordinal);
        var panels = new List<Plot>();
        foreach (var who in observer is null ? observers.Distinct(StringComparer.Ordinal).ToArray() : [observer])
        {
            var plot = PlotTheme.Create($"{who}'s trust in each other state", "year", "trust: belief the target is a security seeker (0-1)");
            foreach (var pair in Enumerable.Range(0, years.Length).Where(i => observers[i] == who).GroupBy(i => targets[i]))
            {
                var rows = pair.OrderBy(i => years[i]).ToArray();
                var line = plot.Add.ScatterLine(rows.Select(i => years[i]).ToArray(), rows.Select(i => values[i]).ToArray(), PlotTheme.Series(colourOf.GetValueOrDefault(pair.Key)));
                line.LegendText = $"{who} → {pair.Key}";
                line.LineWidth = 2;
            }

            MarkWarsAndCrises(plot, run);
            plot.Axes.SetLimitsY(-0.02, 1.02);
            plot.ShowLegend(Alignment.UpperRight);
            panels.Add(plot);
        }

        var title = $"Trust, {(observer is null ? "each observer toward each other" : $"{observer} toward each other state")} ({run.Subtitle})";
        if (panels.Count == 1)
        {
            panels[0].Title(title, 15);
            return new Figure("run-trust", title, panels[0]);
        }

        // The figure's title goes on the first panel; the others name their observer.
        panels[0].Title($"{title}\n{panels[0].Axes.Title.Label.Text}", 13);
        var columns = panels.Count <= 4 ? 2 : 3;
        var rowsOfPanels = (panels.Count + columns - 1) / columns;
        return new Figure("run-trust", title, panels, columns, 560 * columns, 400 * rowsOfPanels);
    }

    /// <summary>The threat each party perceived from its rival when a crisis began (crises from run.json).</summary>
    public static Figure Threat(RunOutput run)
    {
        var plot = PlotTheme.Create($"Perceived threat at the start of each crisis ({run.Subtitle})", "year", "perceived threat (0-1)");
        for (var s = 0; s < run.States.Count; s++)
        {
            var points = run.Crises.Where(c => c.Threats.ContainsKey(run.States[s])).Select(c => (c.Start, c.Threats[run.States[s]])).ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            var markers = plot.Add.Markers(points.Select(p => (double)p.Start).ToArray(), points.Select(p => p.Item2).ToArray(), MarkerShape.FilledCircle, 9, PlotTheme.Series(s));
            markers.LegendText = run.States[s];
        }

        MarkWars(plot, run);
        plot.Axes.SetLimitsY(0, 1.05);
        plot.Axes.SetLimitsX(0, Math.Max(1, run.Series.Numbers("year").Max()) + 1);
        plot.ShowLegend(Alignment.UpperRight);
        return new Figure("run-threat", plot.Axes.Title.Label.Text, plot);
    }

    /// <summary>Every alliance and guarantee as a bar from the year it formed to the year it dissolved (or the end of the run).</summary>
    public static Figure Alliances(RunOutput run)
    {
        var last = run.Series.Numbers("year").Max();
        var plot = PlotTheme.Create($"Alliances and guarantees ({run.Subtitle})", "year", "");
        var labels = new List<string>();
        for (var i = 0; i < run.Alliances.Count; i++)
        {
            var a = run.Alliances[i];
            var y = run.Alliances.Count - 1 - i;
            var end = a.Dissolved ?? last;
            var bar = plot.Add.Line(a.Formed, y, end, y);
            bar.LineWidth = 12;
            bar.Color = PlotTheme.Series(a.Kind == "guarantee" ? 1 : 0);
            labels.Add($"{(a.Kind == "guarantee" ? "guarantee" : "alliance")}: {string.Join(a.Kind == "guarantee" ? " → " : " + ", a.Members)}");
        }

        MarkWars(plot, run);
        labels.Reverse();
        if (labels.Count > 0)
        {
            plot.Axes.Left.SetTicks([.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
            plot.Axes.SetLimitsY(-0.8, labels.Count - 0.2);
        }
        else
        {
            plot.Add.Annotation("no alliances or guarantees in this run");
        }

        plot.Axes.SetLimitsX(0, last + 1);
        plot.Grid.YAxisStyle.IsVisible = false;
        return new Figure("run-alliances", plot.Axes.Title.Label.Text, plot, PlotTheme.Width, Math.Max(PlotTheme.Height / 2, 120 + (28 * labels.Count)));
    }

    /// <summary>Shades the years of each war and marks the start of each crisis along the bottom of the plot.</summary>
    public static void MarkWarsAndCrises(Plot plot, RunOutput run)
    {
        MarkWars(plot, run);
        if (run.Crises.Count == 0)
        {
            return;
        }

        var limits = plot.Axes.GetDataLimits();
        var y = limits.Bottom - (0.02 * Math.Max(limits.Top - limits.Bottom, 1e-9));
        var crises = plot.Add.Markers(run.Crises.Select(c => (double)c.Start).ToArray(), run.Crises.Select(_ => y).ToArray(), MarkerShape.FilledTriangleUp, 9, PlotTheme.Crisis);
        crises.LegendText = "crisis begins";
    }

    private static void MarkWars(Plot plot, RunOutput run)
    {
        var last = run.Series.Numbers("year").Max();
        for (var i = 0; i < run.Wars.Count; i++)
        {
            var w = run.Wars[i];
            var span = plot.Add.HorizontalSpan(w.Start - 0.5, (w.End ?? last) + 0.5);
            span.FillStyle.Color = PlotTheme.War;
            span.LineStyle.Width = 0;
            if (i == 0)
            {
                span.LegendText = "war";
            }

            plot.MoveToBack(span);
        }
    }
}
