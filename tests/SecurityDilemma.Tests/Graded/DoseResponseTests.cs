using System.Globalization;
using System.Text;
using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Scenarios;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Graded;

/// <summary>
/// Graded dose-response: over offense-defense balance x distinguishability (10 x 5 points, 200 seeded replications each), the
/// shipped baseline worlds have war rates strictly between 0.05 and 0.95 in at least a quarter of the cells, and the rate falls
/// with the balance and with distinguishability (Jervis 1978). A model where war is an on/off switch of the technology fails
/// the first check; one where the regulators do not regulate fails the second.
/// </summary>
public class DoseResponseTests(ITestOutputHelper output)
{
    private const int Replications = 200;

    [Theory]
    [InlineData("spiral.yaml")]
    [InlineData("multipolar.yaml")]
    public void WarRateIsGradedAndFallsWithBothRegulators(string file)
    {
        var document = ScenarioDocument.Load(RepoFiles.Path(Path.Combine("scenarios", file)));
        var balances = DoseResponse.DefaultBalances;
        var ds = DoseResponse.DefaultDistinguishabilities;
        var cells = DoseResponse.Run(document, balances, ds, Replications, 1);
        output.WriteLine(Grid(file, cells, balances, ds));

        var graded = cells.Count(c => c.WarRate > 0.05 && c.WarRate < 0.95);
        output.WriteLine($"cells with a war rate strictly between 0.05 and 0.95: {graded} of {cells.Count}");
        Assert.True(graded * 4 >= cells.Count, $"only {graded} of {cells.Count} cells are graded");

        // The rate falls along each axis; a rise is tolerated only within the 95% interval of the difference of two proportions.
        var rises = new List<string>();
        var falls = 0;
        foreach (var d in ds)
        {
            var row = cells.Where(c => c.Distinguishability == d).ToList();
            for (var x = 1; x < row.Count; x++)
            {
                Check(row[x - 1], row[x], $"balance {row[x - 1].Balance} -> {row[x].Balance} at d = {d}");
            }
        }

        foreach (var b in balances)
        {
            var column = cells.Where(c => c.Balance == b).ToList();
            for (var x = 1; x < column.Count; x++)
            {
                Check(column[x - 1], column[x], $"d {column[x - 1].Distinguishability} -> {column[x].Distinguishability} at balance {b}");
            }
        }

        output.WriteLine($"significant falls along an axis: {falls}; rises beyond their 95% interval: {rises.Count}");
        foreach (var r in rises)
        {
            output.WriteLine($"  rise: {r}");
        }

        Assert.Empty(rises);
        Assert.True(falls >= 10, $"only {falls} significant falls");

        void Check(DoseResponseCell before, DoseResponseCell after, string label)
        {
            var p1 = before.WarRate;
            var p2 = after.WarRate;
            var se = Math.Sqrt((p1 * (1 - p1) / before.Replications) + (p2 * (1 - p2) / after.Replications));
            if (p2 - p1 > 1.96 * se && p2 > p1)
            {
                rises.Add($"{label}: {p1:F3} -> {p2:F3} (interval half-width {1.96 * se:F3})");
            }

            if (p1 - p2 > 1.96 * se && p1 > p2)
            {
                falls++;
            }
        }
    }

    /// <summary>The grid as a table: war rate [95% interval] per cell.</summary>
    internal static string Grid(string name, IReadOnlyList<DoseResponseCell> cells, IReadOnlyList<double> balances, IReadOnlyList<double> ds)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{name}: war rate over {cells[0].Replications} replications (rows: distinguishability; columns: offense-defense balance)");
        text.Append("    d \\ b");
        foreach (var b in balances)
        {
            text.Append(CultureInfo.InvariantCulture, $"{b,7:0.###}");
        }

        text.AppendLine();
        foreach (var d in ds)
        {
            text.Append(CultureInfo.InvariantCulture, $"{d,9:0.##}");
            foreach (var c in cells.Where(c => c.Distinguishability == d))
            {
                text.Append(CultureInfo.InvariantCulture, $"{c.WarRate,7:F2}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
