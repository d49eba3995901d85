using SecurityDilemma.IO;
using SecurityDilemma.Models.ArmsRace;

namespace SecurityDilemma.Reports.FormalModels;

/// <summary>
/// Richardson's chart: the yearly change of combined arms spending against its midpoint, with the fitted
/// line dU = slope (V - U0) and the zero crossing U0 marked. Points near the line mean the model fits.
/// </summary>
public static class RichardsonPlot
{
    /// <summary>Pixel size of the saved chart.</summary>
    public const int Width = 900;

    /// <summary>Pixel size of the saved chart.</summary>
    public const int Height = 600;

    /// <summary>
    /// Writes the chart to <paramref name="path"/>: PNG for ".png", SVG for ".svg" (any other extension is an
    /// <see cref="InputException"/>, raised before anything is written). The file appears whole or not at all.
    /// </summary>
    public static void Save(string path, RichardsonFitResult fit)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".png" or ".svg"))
        {
            throw new InputException("--plot", null, null, "", $"cannot tell the image format of '{path}'", "a file name ending in .png or .svg");
        }

        var plot = Build(fit);
        if (extension == ".png")
        {
            var bytes = plot.GetImageBytes(Width, Height, ScottPlot.ImageFormat.Png);
            AtomicFile.Write(path, s => s.Write(bytes));
        }
        else
        {
            AtomicFile.WriteAllText(path, plot.GetSvgXml(Width, Height));
        }
    }

    /// <summary>The ScottPlot chart for <paramref name="fit"/> (for callers that want to restyle or embed it).</summary>
    public static ScottPlot.Plot Build(RichardsonFitResult fit)
    {
        var summed = fit.Summed;
        var v = summed.Midpoints.ToArray();
        var d = summed.Changes.ToArray();
        var plot = Theme.PlotTheme.Create(
            $"Richardson's arms race fit ({fit.Data.Years[0]:0}-{fit.Data.Years[^1]:0})",
            "V: combined spending, midpoint of two years",
            "dU: change of combined spending per year");

        var data = plot.Add.ScatterPoints(v, d);
        data.LegendText = $"yearly change of {fit.Data.XName} + {fit.Data.YName}";
        data.MarkerSize = 10;

        if (double.IsFinite(summed.Slope.Value))
        {
            // Draw the fitted line across the data and out to the zero crossing, so U0 is visible.
            var lo = v.Min();
            var hi = v.Max();
            if (double.IsFinite(summed.ZeroCrossing))
            {
                lo = Math.Min(lo, summed.ZeroCrossing);
                hi = Math.Max(hi, summed.ZeroCrossing);
            }

            var pad = (hi - lo) * 0.05;
            lo -= pad;
            hi += pad;
            var line = plot.Add.Line(lo, (summed.Slope.Value * lo) + summed.Intercept.Value, hi, (summed.Slope.Value * hi) + summed.Intercept.Value);
            line.LegendText = $"fit: dU = {summed.Slope.Value:F4} V {(summed.Intercept.Value < 0 ? "-" : "+")} {Math.Abs(summed.Intercept.Value):F2} (r = {summed.R:F4})";
            line.LineWidth = 2;

            if (double.IsFinite(summed.ZeroCrossing))
            {
                var zero = plot.Add.Marker(summed.ZeroCrossing, 0);
                zero.LegendText = $"zero crossing U0 = {summed.ZeroCrossing:F1}";
                zero.Size = 12;
                zero.Shape = ScottPlot.MarkerShape.OpenCircle;
            }
        }

        var zeroLine = plot.Add.HorizontalLine(0);
        zeroLine.LinePattern = ScottPlot.LinePattern.Dotted;
        zeroLine.Color = ScottPlot.Colors.Gray;

        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        return plot;
    }
}
