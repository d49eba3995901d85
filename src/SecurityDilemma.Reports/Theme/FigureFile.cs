using SecurityDilemma.IO;

namespace SecurityDilemma.Reports.Theme;

/// <summary>Writes figures to disk: the format from the extension, every check before any work, the file whole or not at all.</summary>
public static class FigureFile
{
    /// <summary>
    /// Checks that <paramref name="path"/> names a .png or .svg file in an existing, writable directory, without creating
    /// anything; <paramref name="option"/> names the command-line option in the error.
    /// </summary>
    public static void CheckTarget(string path, string option)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".png" or ".svg"))
        {
            throw new InputException(option, null, null, "", $"cannot tell the image format of '{path}'", "a file name ending in .png or .svg");
        }

        OutputPath.CheckWritable(path, option);
    }

    /// <summary>Renders <paramref name="figure"/> as PNG or SVG (by the extension of <paramref name="path"/>) and writes it atomically.</summary>
    public static void Save(Figure figure, string path)
    {
        if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            var svg = figure.Svg();
            AtomicFile.WriteAllText(path, svg);
        }
        else
        {
            var png = figure.Png();
            AtomicFile.Write(path, s => s.Write(png));
        }
    }
}
