using ScottPlot;
using SecurityDilemma.Models.ArmsRace;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Reports.FormalModels;

/// <summary>
/// Richardson's phase diagram: the two nullclines (dx/dt = 0: y = (a x - g)/k; dy/dt = 0: y = (l x + h)/b), the
/// direction of motion on a coarse grid, the equilibrium where the nullclines cross, and trajectories of the model
/// (and, for a fit, the observed path). Arms converge when a b &gt; k l (the x-nullcline is the steeper one).
/// </summary>
public static class RichardsonPhasePlot
{
    /// <summary>The diagram for <paramref name="model"/> with its <paramref name="trajectory"/>, and the observed path when given.</summary>
    public static Figure Build(RichardsonModel model, RichardsonTrajectory trajectory, string title, string xName = "x", string yName = "y", IReadOnlyList<double>? observedX = null, IReadOnlyList<double>? observedY = null)
    {
        var plot = PlotTheme.Create(title, $"{xName}: arms level", $"{yName}: arms level");
        var xs = trajectory.X.Concat(observedX ?? []).Where(double.IsFinite).ToList();
        var ys = trajectory.Y.Concat(observedY ?? []).Where(double.IsFinite).ToList();
        var eq = model.Equilibrium();
        if (eq is { } e && double.IsFinite(e.X) && double.IsFinite(e.Y))
        {
            xs.Add(e.X);
            ys.Add(e.Y);
        }

        var (x0, x1) = Padded(xs.Append(0).Min(), xs.Append(0).Max());
        var (y0, y1) = Padded(ys.Append(0).Min(), ys.Append(0).Max());

        Arrows(plot, model, x0, x1, y0, y1);
        Nullcline(plot, model.K, model.A, -model.G, x0, x1, $"d{xName}/dt = 0", PlotTheme.Series(0));
        Nullcline(plot, model.B, model.L, model.H, x0, x1, $"d{yName}/dt = 0", PlotTheme.Series(1));

        var path = plot.Add.ScatterLine(trajectory.X.ToArray(), trajectory.Y.ToArray(), PlotTheme.Series(2));
        path.LineWidth = 2.5f;
        path.LegendText = observedX is null ? "trajectory" : "fitted model from the first observation";
        var start = plot.Add.Marker(trajectory.X[0], trajectory.Y[0], MarkerShape.OpenCircle, 10, PlotTheme.Series(2));
        start.LegendText = "start";

        if (observedX is not null && observedY is not null)
        {
            var observed = plot.Add.Scatter(observedX.ToArray(), observedY.ToArray(), PlotTheme.Series(3));
            observed.LineWidth = 1.5f;
            observed.LinePattern = LinePattern.Dashed;
            observed.MarkerSize = 7;
            observed.LegendText = "observed";
        }

        if (eq is { } q && double.IsFinite(q.X) && double.IsFinite(q.Y))
        {
            var marker = plot.Add.Marker(q.X, q.Y, MarkerShape.FilledDiamond, 12, Colors.Black);
            marker.LegendText = $"equilibrium ({(model.IsStable ? "stable" : "unstable")})";
        }

        plot.Axes.SetLimits(x0, x1, y0, y1);
        plot.ShowLegend(Alignment.UpperLeft);
        return new Figure("richardson-phase", title, plot);
    }

    /// <summary>Draws the line c y = m x + d (the vertical x = -d/m when c = 0).</summary>
    private static void Nullcline(Plot plot, double c, double m, double d, double x0, double x1, string label, Color colour)
    {
        var line = c != 0
            ? plot.Add.Line(x0, ((m * x0) + d) / c, x1, ((m * x1) + d) / c)
            : plot.Add.Line(-d / m, -1e6, -d / m, 1e6);
        line.Color = colour;
        line.LineWidth = 2;
        line.LinePattern = LinePattern.Dashed;
        line.LegendText = label;
    }

    private static void Arrows(Plot plot, RichardsonModel model, double x0, double x1, double y0, double y1)
    {
        const int n = 9;
        var scale = 0.6 * Math.Min(x1 - x0, y1 - y0) / n;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var x = x0 + ((i + 0.5) * (x1 - x0) / n);
                var y = y0 + ((j + 0.5) * (y1 - y0) / n);
                var d = model.Derivative(x, y);
                var length = Math.Sqrt((d.X * d.X) + (d.Y * d.Y));
                if (!(length > 0) || !double.IsFinite(length))
                {
                    continue;
                }

                var arrow = plot.Add.Arrow(new Coordinates(x, y), new Coordinates(x + (scale * d.X / length), y + (scale * d.Y / length)));
                arrow.ArrowFillColor = Colors.Gray.WithAlpha(0.5);
                arrow.ArrowLineWidth = 0;
                arrow.ArrowWidth = 1.5f;
                arrow.ArrowheadWidth = 7;
                arrow.ArrowheadLength = 7;
            }
        }
    }

    private static (double Low, double High) Padded(double low, double high)
    {
        var span = high - low;
        if (!(span > 0))
        {
            span = Math.Max(1, Math.Abs(high));
        }

        return (low - (0.08 * span), high + (0.08 * span));
    }
}
