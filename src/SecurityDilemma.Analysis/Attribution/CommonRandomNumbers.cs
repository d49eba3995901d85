using SecurityDilemma.Engine;
using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Attribution;

/// <summary>
/// Runs several variants of one scenario on the same seeds (common random numbers): replicate r of every variant uses
/// seed first+r, so a difference between variants in one replicate comes from the change, not from other draws.
/// Results are stored by (variant, replicate), so they are identical for any thread count.
/// </summary>
public static class CommonRandomNumbers
{
    /// <summary>Upper bound on variants x replicates, checked before any work.</summary>
    public const long MaxRuns = 2_000_000;

    /// <summary><paramref name="project"/> of every run, indexed [variant, replicate].</summary>
    public static T[,] Run<T>(IReadOnlyList<Scenario> variants, ulong firstSeed, int replications, int threads, Func<RunResult, T> project, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        if ((long)variants.Count * replications > MaxRuns)
        {
            throw new ArgumentOutOfRangeException(nameof(replications), $"{variants.Count} variants x {replications} replications exceed {MaxRuns} runs");
        }

        var results = new T[variants.Count, replications];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = threads <= 0 ? Environment.ProcessorCount : threads,
            CancellationToken = cancellation,
        };
        Parallel.For(0, variants.Count * replications, options, k =>
        {
            var v = k / replications;
            var r = k % replications;
            var seed = Replications.SeedOf(firstSeed, r);
            results[v, r] = project(Simulation.Run(variants[v] with { Seed = seed }, seed));
        });
        return results;
    }
}
