using ScottPlot;
using SkiaSharp;

namespace SecurityDilemma.Reports.Theme;

/// <summary>
/// A finished figure: one plot, or several panels in a grid (small multiples), with its kind and title, ready to be
/// rendered as PNG or SVG.
/// </summary>
public sealed class Figure
{
    /// <summary>A figure of one plot.</summary>
    public Figure(string kind, string title, Plot plot, int width = PlotTheme.Width, int height = PlotTheme.Height)
        : this(kind, title, [plot], 1, width, height)
    {
    }

    /// <summary>A figure of <paramref name="panels"/> laid out left to right, then top to bottom, <paramref name="columns"/> per row.</summary>
    public Figure(string kind, string title, IReadOnlyList<Plot> panels, int columns, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(panels.Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        Kind = kind;
        Title = title;
        Panels = panels;
        Columns = Math.Min(columns, panels.Count);
        Width = width;
        Height = height;
    }

    /// <summary>The plot kind (as named on the command line).</summary>
    public string Kind { get; }

    /// <summary>The figure's title (the first panel's title for small multiples).</summary>
    public string Title { get; }

    /// <summary>The panels.</summary>
    public IReadOnlyList<Plot> Panels { get; }

    /// <summary>Panels per row.</summary>
    public int Columns { get; }

    /// <summary>Pixel width of the whole figure.</summary>
    public int Width { get; }

    /// <summary>Pixel height of the whole figure.</summary>
    public int Height { get; }

    /// <summary>The same figure drawn at another pixel size.</summary>
    public Figure Resized(int width, int height) => new(Kind, Title, Panels, Columns, width, height);

    /// <summary>The figure as PNG bytes.</summary>
    public byte[] Png()
    {
        if (Panels.Count == 1)
        {
            return Panels[0].GetImageBytes(Width, Height, ImageFormat.Png);
        }

        using var surface = SKSurface.Create(new SKImageInfo(Width, Height)) ?? throw new InvalidOperationException("cannot create a drawing surface");
        Draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The figure as SVG text.</summary>
    public string Svg()
    {
        if (Panels.Count == 1)
        {
            return Panels[0].GetSvgXml(Width, Height);
        }

        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
        {
            Draw(canvas);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private void Draw(SKCanvas canvas)
    {
        canvas.Clear(SKColors.White);
        var rows = (Panels.Count + Columns - 1) / Columns;
        var w = (float)Width / Columns;
        var h = (float)Height / rows;
        for (var i = 0; i < Panels.Count; i++)
        {
            var left = i % Columns * w;
            var top = i / Columns * h;
            // Each panel clears and draws its whole canvas, so give it its own clipped, translated one.
            canvas.Save();
            canvas.ClipRect(new SKRect(left, top, left + w, top + h));
            canvas.Translate(left, top);
            Panels[i].Render(canvas, new PixelRect(0, w, h, 0));
            canvas.Restore();
        }
    }
}
