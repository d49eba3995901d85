using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Runs;

/// <summary>
/// Runs one scenario with seeds seed..seed+R-1 in parallel. Results are stored by replicate index, and
/// each run depends only on its scenario and seed, so the output is identical for any thread count.
/// </summary>
public static class Replications
{
    /// <summary>The seed of replicate <paramref name="index"/> (wrapping at 2^64).</summary>
    public static ulong SeedOf(ulong firstSeed, int index) => unchecked(firstSeed + (ulong)index);

    /// <summary>
    /// Runs <paramref name="count"/> replications of <paramref name="scenario"/> on <paramref name="threads"/>
    /// workers (0 = all cores); <paramref name="run"/> replaces <see cref="Simulation.Run(Scenario, ulong, IRunRecorder?)"/> (e.g. with other engine constants).
    /// </summary>
    public static RunResult[] Run(
        Scenario scenario,
        ulong firstSeed,
        int count,
        int threads = 0,
        CancellationToken cancellation = default,
        Func<Scenario, ulong, RunResult>? run = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, LimitOverrides.Get(LimitOverrides.RunReplications, Limits.MaxReplications));
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threads, Limits.MaxThreads);
        run ??= (s, seed) => Simulation.Run(s, seed);
        var results = new RunResult[count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = threads == 0 ? Environment.ProcessorCount : threads,
            CancellationToken = cancellation,
        };
        Parallel.For(0, count, options, i =>
        {
            var seed = SeedOf(firstSeed, i);
            results[i] = run(scenario with { Seed = seed }, seed);
        });
        return results;
    }
}
