using ScottPlot;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Reports.Runs;

/// <summary>
/// Many replications of a run summarized per year: the mean of a series and its 95% Student-t confidence band, one
/// line and band per group (state).
/// </summary>
public static class ReplicationBand
{
    /// <summary>
    /// The figure: for each group, <c>values[r][t]</c> is replication r's value in year <c>years[t]</c> (NaN for missing).
    /// </summary>
    public static Figure Build(string title, string yLabel, double[] years, IReadOnlyList<(string Name, double[][] Values)> groups)
    {
        var plot = PlotTheme.Create(title, "year", yLabel);
        for (var g = 0; g < groups.Count; g++)
        {
            var (name, values) = groups[g];
            var mean = new double[years.Length];
            var lower = new double[years.Length];
            var upper = new double[years.Length];
            var column = new List<double>(values.Length);
            for (var t = 0; t < years.Length; t++)
            {
                column.Clear();
                foreach (var replication in values)
                {
                    if (t < replication.Length && !double.IsNaN(replication[t]))
                    {
                        column.Add(replication[t]);
                    }
                }

                var e = Estimate.Mean(column);
                mean[t] = e.Value;
                lower[t] = double.IsNaN(e.Lower) ? e.Value : e.Lower;
                upper[t] = double.IsNaN(e.Upper) ? e.Value : e.Upper;
            }

            var colour = PlotTheme.Series(g);
            var band = plot.Add.FillY(years, upper, lower);
            band.FillColor = colour.WithAlpha(0.25);
            band.LineWidth = 0;
            band.LegendText = $"{name} 95% CI";
            var line = plot.Add.ScatterLine(years, mean, colour);
            line.LineWidth = 2;
            line.LegendText = $"{name} mean of {values.Length}";
        }

        plot.ShowLegend(Alignment.UpperLeft);
        return new Figure("run-band", title, plot);
    }
}
