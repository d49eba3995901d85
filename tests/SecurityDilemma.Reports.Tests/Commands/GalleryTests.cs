using System.Text.RegularExpressions;
using SecurityDilemma.Reports.Tests.Support;

namespace SecurityDilemma.Reports.Tests.Commands;

/// <summary>docs/gallery.md (written by docs/gallery.sh) shows every plot kind, and its committed figures exist and stay small.</summary>
public partial class GalleryTests
{
    [Fact]
    public void Gallery_ShowsEveryKind_WithSmallCommittedFigures()
    {
        var page = File.ReadAllText(Path.Combine(Dilemma.RepoRoot, "docs/gallery.md"));
        var images = Image().Matches(page).Select(m => m.Groups[1].Value).ToList();
        foreach (var kind in SecurityDilemma.Cli.Commands.PlotCommand.KindNames)
        {
            Assert.Contains($"gallery/{kind}.png", images);
            Assert.Contains($"dilemma plot {kind} ", page);
        }

        foreach (var image in images)
        {
            var file = new FileInfo(Path.Combine(Dilemma.RepoRoot, "docs", image));
            Assert.True(file.Exists, $"{image} is referenced but missing");
            Assert.InRange(file.Length, 2_000, 100 * 1024);
        }
    }

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+\.png)\)")]
    private static partial Regex Image();
}
