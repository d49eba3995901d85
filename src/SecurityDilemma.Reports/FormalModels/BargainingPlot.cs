using ScottPlot;
using SecurityDilemma.Models.Bargaining;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Reports.FormalModels;

/// <summary>
/// Fearon's (1995) bargaining range: each side's value of a deal giving A the share x (A: x, B: 1 - x) against its
/// expected value of war (A: p - c_A, B: 1 - p - c_B). Deals in [p - c_A, p + c_B] leave both better off than war.
/// </summary>
public static class BargainingPlot
{
    /// <summary>The diagram for win probability <paramref name="p"/> and costs <paramref name="costA"/>, <paramref name="costB"/>.</summary>
    public static Figure Build(double p, double costA, double costB)
    {
        var range = FearonBargaining.Range(p, costA, costB);
        var title = $"Fearon's bargaining range: p = {p:G3}, c_A = {costA:G3}, c_B = {costB:G3} gives [{range.Low:G3}, {range.High:G3}]";
        var plot = PlotTheme.Create(title, "x: A's share of the disputed good in a deal (0-1)", "value to each side (share of the good)");
        var span = plot.Add.HorizontalSpan(Math.Max(0, range.Low), Math.Min(1, range.High));
        span.FillStyle.Color = PlotTheme.Series(2).WithAlpha(0.2);
        span.LineStyle.Width = 0;
        span.LegendText = "bargaining range (both prefer the deal to war)";

        var a = plot.Add.Line(0, 0, 1, 1);
        a.Color = PlotTheme.Series(0);
        a.LineWidth = 2.5f;
        a.LegendText = "A's value of the deal: x";
        var b = plot.Add.Line(0, 1, 1, 0);
        b.Color = PlotTheme.Series(1);
        b.LineWidth = 2.5f;
        b.LegendText = "B's value of the deal: 1 - x";

        var warA = plot.Add.HorizontalLine(p - costA);
        warA.Color = PlotTheme.Series(0);
        warA.LinePattern = LinePattern.Dashed;
        warA.LegendText = $"A's value of war: p - c_A = {p - costA:G3}";
        var warB = plot.Add.HorizontalLine(1 - p - costB);
        warB.Color = PlotTheme.Series(1);
        warB.LinePattern = LinePattern.Dashed;
        warB.LegendText = $"B's value of war: 1 - p - c_B = {1 - p - costB:G3}";

        var pLine = plot.Add.VerticalLine(p);
        pLine.Color = Colors.Black;
        pLine.LinePattern = LinePattern.Dotted;
        pLine.LegendText = $"p = {p:G3} (A's chance of winning)";

        plot.Axes.SetLimits(0, 1, Math.Min(0, Math.Min(p - costA, 1 - p - costB)) - 0.05, 1.05);
        plot.ShowLegend(Alignment.UpperCenter);
        return new Figure("fearon-range", title, plot);
    }
}
