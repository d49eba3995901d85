using System.Xml.Linq;
using SecurityDilemma.Reports.Theme;
using SkiaSharp;

namespace SecurityDilemma.Reports.Tests.Support;

/// <summary>Checks on rendered figures: valid PNG and SVG, the texts a reader needs, sizes within bounds.</summary>
public static class FigureAssert
{
    /// <summary>Largest accepted PNG: figures are pasted into papers and mailed, not archived as data.</summary>
    public const int MaxPngBytes = 400_000;

    /// <summary>The text content of every SVG text element, in document order (multi-line titles come as several).</summary>
    public static IReadOnlyList<string> SvgTexts(string svg)
    {
        var doc = XDocument.Parse(svg);
        return [.. doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];
    }

    /// <summary>
    /// Renders <paramref name="figure"/> both ways and checks: the PNG decodes to the figure's size and is not blank; the
    /// SVG parses; and each of <paramref name="expected"/> (title, axis labels, series names) appears in its text.
    /// </summary>
    public static void Valid(Figure figure, params string[] expected)
    {
        var png = figure.Png();
        Assert.InRange(png.Length, 2_000, MaxPngBytes);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(figure.Width, bitmap.Width);
        Assert.Equal(figure.Height, bitmap.Height);
        Assert.True(DistinctColours(bitmap) > 8, "the PNG is (nearly) blank");

        var svg = figure.Svg();
        var texts = SvgTexts(svg);
        var all = string.Join("\n", texts);
        foreach (var e in expected)
        {
            Assert.True(all.Contains(e, StringComparison.Ordinal), $"'{e}' is not among the SVG texts of {figure.Kind}:\n{all}");
        }
    }

    private static int DistinctColours(SKBitmap bitmap)
    {
        var seen = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y += 7)
        {
            for (var x = 0; x < bitmap.Width; x += 7)
            {
                seen.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        return seen.Count;
    }
}
