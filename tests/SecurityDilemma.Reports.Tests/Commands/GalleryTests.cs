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

    [Fact]
    public void GalleryScript_EveryCommandParses_AndEveryKindIsKnown()
    {
        // docs/gallery.sh runs for a minute and rewrites the docs, so the tests do not run it; but a renamed option
        // would stop it at its first command, so every command it runs must still parse as the CLI reads it.
        var script = File.ReadAllLines(Path.Combine(Dilemma.RepoRoot, "docs/gallery.sh"));
        var commands = new List<string>();
        foreach (var line in script)
        {
            if (line.Contains("$kind", StringComparison.Ordinal))
            {
                continue; // the loop over the figure list, whose entries are read below
            }

            if (Command().Match(line) is { Success: true } command)
            {
                commands.Add(command.Groups[1].Value);
            }
            else if (Figure().Match(line) is { Success: true } figure)
            {
                Assert.Contains(figure.Groups[1].Value, SecurityDilemma.Cli.Commands.PlotCommand.KindNames);
                commands.Add($"plot {figure.Groups[1].Value} {figure.Groups[2].Value} --width 760 --height 480 --out \"$out/x.png\"");
            }
        }

        Assert.True(commands.Count >= 20, $"only {commands.Count} commands found in docs/gallery.sh");
        foreach (var command in commands)
        {
            var words = command.Split(" > ")[0]
                .Replace("$work", "/tmp/gallery", StringComparison.Ordinal).Replace("$out", "/tmp/gallery", StringComparison.Ordinal).Replace("$seed", "1", StringComparison.Ordinal)
                .Replace("\"", "", StringComparison.Ordinal)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var parse = SecurityDilemma.Cli.DilemmaApp.Build().Parse(words);
            Assert.True(parse.Errors.Count == 0, $"docs/gallery.sh: `dilemma {command}`: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }
    }

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+\.png)\)")]
    private static partial Regex Image();

    /// <summary>A command the script runs: <c>dilemma ARGS</c> at the start of a line (not the function that defines it).</summary>
    [GeneratedRegex(@"^\s*dilemma ([a-z].*)$")]
    private static partial Regex Command();

    /// <summary>An entry of the script's figure list: <c>"KIND|ARGS|CAPTION"</c>.</summary>
    [GeneratedRegex(@"^\s*""([a-z-]+)\|([^|]*)\|")]
    private static partial Regex Figure();
}
