using System.Globalization;
using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Web.Explore;

/// <summary>
/// The "four worlds" of Jervis (1978): offense-defense balance x distinguishability on a grid, the war rate of each cell
/// over seeded replications, streamed cell by cell so the heatmap fills as the sweep runs.
/// </summary>
internal static class SweepStream
{
    /// <summary>The balance axis: offense dominant (0.5) to defense dominant (2), evenly in log scale.</summary>
    public static double[] Balances(int grid) =>
        [.. Enumerable.Range(0, grid).Select(k => Math.Round(Math.Pow(2, -1 + (2.0 * k / Math.Max(1, grid - 1))), 4))];

    /// <summary>The distinguishability axis, 0.1 to 0.9.</summary>
    public static double[] Distinguishabilities(int grid) =>
        [.. Enumerable.Range(0, grid).Select(k => Math.Round(0.1 + (0.8 * k / Math.Max(1, grid - 1)), 4))];

    public static async Task Write(NdjsonWriter output, Func<ParameterOverride[], Scenario> build, int grid, int replications, CancellationToken cancel)
    {
        var balances = Balances(grid);
        var distinguishabilities = Distinguishabilities(grid);
        await output.Line(new { Type = "start", Balances = balances, Distinguishabilities = distinguishabilities, Replications = replications });
        for (var d = 0; d < grid; d++)
        {
            for (var b = 0; b < grid; b++)
            {
                var scenario = build(
                [
                    new("technology.offense_defense_balance", balances[b].ToString(CultureInfo.InvariantCulture)),
                    new("technology.distinguishability", distinguishabilities[d].ToString(CultureInfo.InvariantCulture)),
                ]);
                int wars = 0, tragic = 0;
                var burden = 0.0;
                for (var r = 0; r < replications; r++)
                {
                    cancel.ThrowIfCancellationRequested();
                    var m = Simulation.Run(scenario, scenario.Seed + (ulong)r).Metrics;
                    wars += m.WarOccurred ? 1 : 0;
                    tragic += m.TragicWar ? 1 : 0;
                    burden += m.MeanMilitaryBurden;
                }

                await output.Line(new
                {
                    Type = "cell",
                    Balance = b,
                    Distinguishability = d,
                    WarRate = (double)wars / replications,
                    TragicRate = (double)tragic / replications,
                    MeanBurden = burden / replications,
                    Runs = replications,
                });
            }
        }

        await output.Line(new { Type = "end" });
    }
}
