using ScottPlot;
using SecurityDilemma.Models.Games;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Reports.FormalModels;

/// <summary>
/// The best-response diagram of a 2x2 game: p is the row player's probability of cooperating, q the column player's.
/// Each player's best response to the other's mix is drawn as a path; the Nash equilibria are where the paths meet.
/// </summary>
/// <remarks>
/// Row cooperates iff its gain from cooperating, d(q) = (1 - q)(CD - DD) + q (CC - DC), is positive, so its best
/// response switches at q* = (CD - DD) / ((CD - DD) - (CC - DC)); the column player's likewise at p*.
/// </remarks>
public static class BestResponsePlot
{
    /// <summary>The diagram for <paramref name="game"/>.</summary>
    public static Figure Build(TwoByTwoGame game, string title)
    {
        var plot = PlotTheme.Create(title, "p: row player's probability of cooperating", "q: column player's probability of cooperating");
        var row = Path(game.Row.CD - game.Row.DD, game.Row.CC - game.Row.DC);
        var column = Path(game.Column.CD - game.Column.DD, game.Column.CC - game.Column.DC);

        // Row's path gives p as a function of q; plot it as (p, q).
        var r = plot.Add.ScatterLine(row.Select(t => t.Response).ToArray(), row.Select(t => t.Other).ToArray(), PlotTheme.Series(0));
        r.LineWidth = 4;
        r.LegendText = "row's best response to q";
        var c = plot.Add.ScatterLine(column.Select(t => t.Other).ToArray(), column.Select(t => t.Response).ToArray(), PlotTheme.Series(1));
        c.LineWidth = 2.5f;
        c.LinePattern = LinePattern.Dashed;
        c.LegendText = "column's best response to p";

        var analysis = NashEquilibria.Find(game);
        foreach (var e in analysis.Equilibria)
        {
            var m = plot.Add.Marker(e.RowCooperation, e.ColumnCooperation, MarkerShape.FilledCircle, 13, Colors.Black);
            m.LegendText = $"Nash equilibrium {e.Label}";
        }

        plot.Axes.SetLimits(-0.05, 1.05, -0.05, 1.05);
        plot.ShowLegend(Alignment.MiddleRight);
        return new Figure("game-best-response", title, plot, PlotTheme.Height + 200, PlotTheme.Height);
    }

    /// <summary>
    /// The best-response path for gains d0 (other defects) and d1 (other cooperates): points (other's mix, response).
    /// </summary>
    private static (double Other, double Response)[] Path(double d0, double d1)
    {
        static double Best(double gain) => gain > 0 ? 1 : gain < 0 ? 0 : 0.5;
        if (d0 == d1 || Math.Sign(d0) == Math.Sign(d1))
        {
            // No switch inside (0, 1): one response throughout (indifference only where the gain is exactly zero).
            var gain = d0 == 0 ? d1 : d0;
            return gain == 0 ? [(0, 0), (0, 1), (1, 1), (1, 0), (0, 0)] : [(0, Best(gain)), (1, Best(gain))];
        }

        var s = d0 / (d0 - d1);
        return [(0, Best(d0)), (s, Best(d0)), (s, Best(d1)), (1, Best(d1))];
    }
}
