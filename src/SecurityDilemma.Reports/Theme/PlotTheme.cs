using ScottPlot;

namespace SecurityDilemma.Reports.Theme;

/// <summary>
/// The one look of every figure: DejaVu Sans (installed with fonts-dejavu-core, so text renders the same on a
/// fresh machine), the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies), Viridis
/// for heatmaps, and a title that names what was run.
/// </summary>
public static class PlotTheme
{
    /// <summary>Default figure width in pixels.</summary>
    public const int Width = 900;

    /// <summary>Default figure height in pixels.</summary>
    public const int Height = 560;

    /// <summary>The font family of every label.</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>Okabe and Ito's (2008) colour-blind safe palette (black last: it is kept for reference lines).</summary>
    public static IReadOnlyList<Color> Palette { get; } = [.. Hex.Select(Color.FromHex)];

    private static string[] Hex => ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"];

    /// <summary>Shading of war years.</summary>
    public static Color War { get; } = Color.FromHex("#D55E00").WithAlpha(0.18);

    /// <summary>Markers of crises.</summary>
    public static Color Crisis { get; } = Color.FromHex("#E69F00");

    /// <summary>The colour of series <paramref name="index"/> (cycling through <see cref="Palette"/>).</summary>
    public static Color Series(int index) => Palette[index % (Palette.Count - 1)];

    /// <summary>The heatmap colormap: perceptually uniform and readable in grey.</summary>
    public static IColormap Colormap { get; } = new ScottPlot.Colormaps.Viridis();

    /// <summary>A fresh plot with the theme applied, its title and axis labels set.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Add.Palette = new ScottPlot.Palettes.Custom(Hex);
        plot.Title(title, 15);
        plot.XLabel(xLabel, 13);
        plot.YLabel(yLabel, 13);
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        return plot;
    }

    /// <summary>The subtitle convention: scenario and seed, for the titles of run figures.</summary>
    public static string ScenarioAndSeed(string scenario, string seed) => $"{scenario}, seed {seed}";
}
