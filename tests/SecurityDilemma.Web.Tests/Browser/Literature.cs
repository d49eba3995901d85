using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SecurityDilemma.Web.Tests.Browser;

/// <summary>What a page shows of the literature's reading (reading.js): the diagnosis table, the fit, the stage games and the lens reading, all filled.</summary>
public static partial class Literature
{
    /// <summary>Asserts the reading drawn inside <paramref name="root"/>; <paramref name="what"/> is "game" or "run".</summary>
    public static async Task AssertShown(IPage page, string root, string what)
    {
        var aspects = page.Locator($"{root} table.aspects tbody tr");
        Assert.Equal(12, await aspects.CountAsync());
        for (var i = 0; i < 12; i++)
        {
            var cells = await aspects.Nth(i).Locator("td").AllTextContentsAsync();
            Assert.Equal(6, cells.Count);
            Assert.True(cells[1].Length > 20, $"aspect {i + 1} has no evidence: '{cells[1]}'");
            Assert.Matches("^(yes|no|undecided|universal|conditional|material and psychological|psychological only|material only|none)$", cells[2]);
            Assert.All(cells.Skip(3), c => Assert.False(string.IsNullOrWhiteSpace(c)));
        }

        // Each tick in the table is one match counted in the fit line.
        var ticks = await page.Locator($"{root} table.aspects td.fits").CountAsync();
        var fit = (await page.TextContentAsync($"{root} p.fit"))!;
        Assert.Matches(@"^Fit: Butterfield \d+ of \d+, Herz \d+ of \d+, Jervis \d+ of \d+\.", fit);
        Assert.Equal(ticks, Matches().Matches(fit).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        Assert.Contains($"This {what} reads best as", fit, StringComparison.Ordinal);
        Assert.Contains("dyad-years", await page.TextContentAsync($"{root} p.stage"), StringComparison.Ordinal);

        Assert.Equal(10, await page.Locator($"{root} table.lenses tbody tr").CountAsync());
        Assert.Equal(1, await page.Locator($"{root} table.lenses tbody tr.nearest").CountAsync());
        Assert.Contains("hobbesian", await page.TextContentAsync($"{root} table.lenses"), StringComparison.Ordinal);
        var lines = await page.Locator($"{root} ul.lens-reading li").AllTextContentsAsync();
        Assert.Equal(12, lines.Count);
        Assert.Contains(lines, l => l.StartsWith(what == "game" ? "The game as played" : "This run", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(\d+) of")]
    private static partial Regex Matches();
}
