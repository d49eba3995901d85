using SecurityDilemma.Analysis.Attribution;
using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Lenses;

/// <summary>
/// Runs one scenario under no lens and under every lens on the same seeds (common random numbers) and reports each
/// lens's outcomes with 95% intervals and the pairs of lenses whose numbers of wars per run differ.
/// </summary>
public sealed record LensComparison
{
    public required string Scenario { get; init; }

    public required ulong FirstSeed { get; init; }

    public required int Replications { get; init; }

    /// <summary>"none" first, then each lens in catalogue order.</summary>
    public required IReadOnlyList<LensOutcome> Outcomes { get; init; }

    /// <summary>Pairs whose difference in wars per run excludes zero, largest difference first.</summary>
    public required IReadOnlyList<LensDivergence> Divergences { get; init; }

    /// <summary>Runs <paramref name="document"/> under <paramref name="lenses"/> with seeds seed..seed+R-1.</summary>
    public static LensComparison Run(ScenarioDocument document, IReadOnlyList<Lens> lenses, int replications, int threads = 0, CancellationToken cancellation = default)
    {
        var names = new List<string> { "none" };
        var variants = new List<Scenario> { document.Build() };
        foreach (var lens in lenses)
        {
            names.Add(lens.Name);
            variants.Add(document.With(lens.Overrides).Build());
        }

        var seed = variants[0].Seed;
        var metrics = CommonRandomNumbers.Run(variants, seed, replications, threads, r => r.Metrics, cancellation);
        var outcomes = new List<LensOutcome>();
        var wars = new List<double[]>();
        for (var v = 0; v < variants.Count; v++)
        {
            var row = Enumerable.Range(0, replications).Select(r => metrics[v, r]).ToArray();
            wars.Add([.. row.Select(m => (double)m.WarCount)]);
            outcomes.Add(new LensOutcome
            {
                Lens = names[v],
                WarRate = Estimate.Proportion(row.Count(m => m.WarOccurred), replications),
                WarsPerRun = Estimate.Mean(wars[^1]),
                TragicWarRate = Estimate.Proportion(row.Count(m => m.TragicWar), replications),
                FirstWarYear = Estimate.Mean(row.Select(m => m.FirstWarYear is { } y ? y : double.NaN)),
                MeanMilitaryBurden = Estimate.Mean(row.Select(m => m.MeanMilitaryBurden)),
                FinalMeanTrust = Estimate.Mean(row.Select(m => m.FinalMeanTrust)),
            });
        }

        var divergences = new List<LensDivergence>();
        for (var a = 1; a < variants.Count; a++)
        {
            for (var b = a + 1; b < variants.Count; b++)
            {
                var d = Estimate.Difference(wars[a], wars[b]);
                if (d.AboveZero || d.BelowZero)
                {
                    divergences.Add(d.BelowZero ? new LensDivergence(names[b], names[a], Negate(d)) : new LensDivergence(names[a], names[b], d));
                }
            }
        }

        return new LensComparison
        {
            Scenario = variants[0].Name,
            FirstSeed = seed,
            Replications = replications,
            Outcomes = outcomes,
            Divergences = [.. divergences.OrderByDescending(d => d.Difference.Value).ThenBy(d => d.A, StringComparer.Ordinal).ThenBy(d => d.B, StringComparer.Ordinal)],
        };
    }

    private static Estimate Negate(Estimate e) => e with { Value = -e.Value, Lower = -e.Upper, Upper = -e.Lower };
}
