using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Runs;

/// <summary>One cell of a dose-response grid: a world at one offense-defense balance and distinguishability.</summary>
/// <param name="Balance">The offense-defense balance (theta; above 1 favours the defence).</param>
/// <param name="Distinguishability">How far offensive and defensive forces can be told apart (0..1).</param>
/// <param name="Replications">Runs at this point (seeds seed..seed+R-1).</param>
/// <param name="WarRuns">Runs in which at least one war started.</param>
/// <param name="Wars">Wars started over all runs.</param>
/// <param name="DyadDecades">Bordering pairs times decades, summed over the runs: the exposure behind the war rate.</param>
/// <param name="FirstWarYears">The first war's year in each run that had one, ascending.</param>
public sealed record DoseResponseCell(
    double Balance,
    double Distinguishability,
    int Replications,
    int WarRuns,
    int Wars,
    double DyadDecades,
    IReadOnlyList<int> FirstWarYears)
{
    /// <summary>Share of runs with a war.</summary>
    public double WarRate => (double)WarRuns / Replications;

    /// <summary>The 95% Wilson interval of <see cref="WarRate"/>.</summary>
    public (double Low, double High) WarRateInterval => Wilson(WarRuns, Replications);

    /// <summary>Wars started per bordering pair and decade (Bremer 1992 reports onsets per dyad-year; times ten).</summary>
    public double WarsPerDyadDecade => DyadDecades > 0 ? Wars / DyadDecades : 0.0;

    /// <summary>Median year of the first war among runs with one; null when none had a war.</summary>
    public double? MedianFirstWarYear =>
        FirstWarYears.Count == 0 ? null
        : FirstWarYears.Count % 2 == 1 ? FirstWarYears[FirstWarYears.Count / 2]
        : 0.5 * (FirstWarYears[(FirstWarYears.Count / 2) - 1] + FirstWarYears[FirstWarYears.Count / 2]);

    /// <summary>Share of first wars that started in years 1-5 (null when no run had a war).</summary>
    public double? EarlyFirstWarShare =>
        FirstWarYears.Count == 0 ? null : (double)FirstWarYears.Count(y => y <= 5) / FirstWarYears.Count;

    /// <summary>Wilson score interval for k successes in n trials at 95%.</summary>
    public static (double Low, double High) Wilson(int k, int n)
    {
        if (n == 0)
        {
            return (0.0, 1.0);
        }

        const double z = 1.959963984540054;
        var p = (double)k / n;
        var denominator = 1.0 + (z * z / n);
        var centre = (p + (z * z / (2.0 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1.0 - p) / n) + (z * z / (4.0 * n * n))) / denominator;
        return (Math.Max(0.0, centre - half), Math.Min(1.0, centre + half));
    }
}

/// <summary>
/// The war rate of a scenario over a grid of offense-defense balance and distinguishability: the measurement that tells a
/// graded model (rates between 0 and 1 over a region, falling with both regulators) from an on/off switch.
/// </summary>
/// <remarks>Every cell runs the same seeds (common random numbers), so neighbouring cells differ only by the regulators.</remarks>
public static class DoseResponse
{
    /// <summary>
    /// The default balances of the grid: ten values from 0.3 to 3 spaced evenly on a log scale (0.3 * 10^(k/9), two significant
    /// digits), since the balance is a cost ratio (theta and 1/theta are equally far from neutral).
    /// </summary>
    public static IReadOnlyList<double> DefaultBalances { get; } = [0.3, 0.39, 0.5, 0.65, 0.83, 1.1, 1.4, 1.8, 2.3, 3.0];

    /// <summary>The default distinguishabilities (five values in [0, 1]).</summary>
    public static IReadOnlyList<double> DefaultDistinguishabilities { get; } = [0.0, 0.25, 0.5, 0.75, 1.0];

    /// <summary>Runs every cell of the grid with <paramref name="replications"/> seeds each, on <paramref name="threads"/> workers (0 = all).</summary>
    public static IReadOnlyList<DoseResponseCell> Run(
        ScenarioDocument document,
        IReadOnlyList<double> balances,
        IReadOnlyList<double> distinguishabilities,
        int replications,
        ulong firstSeed,
        int threads = 0,
        EngineConstants? constants = null,
        IEnumerable<ParameterOverride>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var k = constants ?? EngineConstants.Default;
        var fixedOverrides = extra?.ToList() ?? [];
        var cells = new List<DoseResponseCell>(balances.Count * distinguishabilities.Count);
        foreach (var d in distinguishabilities)
        {
            foreach (var b in balances)
            {
                var overrides = new List<ParameterOverride>(fixedOverrides)
                {
                    new("technology.offense_defense_balance", b.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
                    new("technology.distinguishability", d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
                };
                var scenario = document.With(overrides).Build();
                var runs = Replications.Run(scenario, firstSeed, replications, threads, run: (s, seed) => Simulation.Run(s, seed, k));
                cells.Add(Summarize(scenario, b, d, runs));
            }
        }

        return cells;
    }

    /// <summary>Summarizes replications of one world into a cell.</summary>
    public static DoseResponseCell Summarize(Scenario scenario, double balance, double distinguishability, IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(runs);
        var n = scenario.States.Count;
        var dyads = scenario.Borders.Count > 0 ? scenario.Borders.Count : n * (n - 1) / 2;
        var firsts = runs.Where(r => r.Metrics.FirstWarYear.HasValue).Select(r => r.Metrics.FirstWarYear!.Value).Order().ToList();
        return new DoseResponseCell(
            balance,
            distinguishability,
            runs.Count,
            runs.Count(r => r.Metrics.WarOccurred),
            runs.Sum(r => r.Metrics.WarCount),
            runs.Sum(r => dyads * r.Years / 10.0),
            firsts);
    }
}
