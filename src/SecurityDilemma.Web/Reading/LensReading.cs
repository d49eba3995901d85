using System.Globalization;
using SecurityDilemma.Analysis.Lenses;
using SecurityDilemma.Engine;

namespace SecurityDilemma.Web.Reading;

/// <summary>
/// A lens-by-lens reading of one played world: the world run under no lens and under every lens of lenses/ on the
/// same seeds (<see cref="LensComparison"/>, as <c>dilemma lenses</c>), set beside what actually happened, with the
/// lens whose world looks most like it.
/// </summary>
internal sealed record LensReading
{
    public required int Replications { get; init; }

    public required ulong FirstSeed { get; init; }

    /// <summary>"none" first, then each lens in catalogue order.</summary>
    public required IReadOnlyList<LensRow> Outcomes { get; init; }

    /// <summary>Pairs of lenses whose wars per run differ (Welch 95% interval excluding zero), largest first.</summary>
    public required IReadOnlyList<LensDivergence> Divergences { get; init; }

    /// <summary>The lens (or "none") whose mean wars per run is nearest the played world's wars, then nearest its final mean trust.</summary>
    public required string Nearest { get; init; }

    /// <summary>The reading in sentences: one per lens, then where the played world sits.</summary>
    public required IReadOnlyList<string> Lines { get; init; }

    /// <summary>Reads <paramref name="comparison"/> against the played world's <paramref name="wars"/> and <paramref name="metrics"/>; <paramref name="what"/> names it ("The game as played").</summary>
    public static LensReading Of(LensComparison comparison, int wars, RunMetrics metrics, string what)
    {
        var lenses = LensCatalogue.All.ToDictionary(l => l.Name, StringComparer.Ordinal);
        var rows = comparison.Outcomes.Select(o =>
        {
            var lens = lenses.GetValueOrDefault(o.Lens);
            return new LensRow(o.Lens, lens?.Title ?? "no lens: the world as given", lens?.Source, lens?.Assumes,
                o.WarRate, o.WarsPerRun, o.TragicWarRate, o.MeanMilitaryBurden, o.FinalMeanTrust);
        }).ToList();
        var none = rows[0];
        var nearest = rows
            .OrderBy(r => Math.Abs(r.WarsPerRun.Value - wars))
            .ThenBy(r => Math.Abs(r.FinalMeanTrust.Value - metrics.FinalMeanTrust))
            .First();
        var lines = new List<string>
        {
            F($"Each reading runs this world {comparison.Replications} times with the engine leading every state, on seeds {comparison.FirstSeed} to {comparison.FirstSeed + (ulong)comparison.Replications - 1} (the same for every lens). As given, it has {none.WarsPerRun.Value:F2} wars per run, war in {Percent(none.WarRate.Value)} of runs, final mean trust {none.FinalMeanTrust.Value:F2}."),
        };
        foreach (var r in rows.Skip(1))
        {
            var change = r.WarsPerRun.Value - none.WarsPerRun.Value;
            lines.Add(F($"{r.Title} ({r.Source}): {r.Assumes} Read this way the world has {r.WarsPerRun.Value:F2} wars per run ({Signed(change)} against the world as given), war in {Percent(r.WarRate.Value)} of runs, final mean trust {r.FinalMeanTrust.Value:F2}."));
        }

        lines.Add(F($"{what}: {wars} war(s), final mean trust {metrics.FinalMeanTrust:F2}. Nearest reading: {(nearest.Lens == "none" ? "the world as given" : nearest.Title)} ({nearest.WarsPerRun.Value:F2} wars per run, final mean trust {nearest.FinalMeanTrust.Value:F2})."));
        lines.Add(comparison.Divergences.Count == 0
            ? "No two lenses' wars per run differ beyond their 95% intervals."
            : F($"The readings differ most between {comparison.Divergences[0].A} and {comparison.Divergences[0].B}: {comparison.Divergences[0].Difference.Value:F2} more wars per run [{comparison.Divergences[0].Difference.Lower:F2}, {comparison.Divergences[0].Difference.Upper:F2}]; {comparison.Divergences.Count} pair(s) of lenses differ beyond their 95% intervals."));
        return new LensReading
        {
            Replications = comparison.Replications,
            FirstSeed = comparison.FirstSeed,
            Outcomes = rows,
            Divergences = comparison.Divergences,
            Nearest = nearest.Lens,
            Lines = lines,
        };
    }

    private static string Percent(double v) => (100 * v).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Signed(double v) => v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
