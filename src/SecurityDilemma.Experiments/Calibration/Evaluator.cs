namespace SecurityDilemma.Experiments.Calibration;

/// <summary>
/// Runs batches of simulations (parameter values, seed) on worker threads. Each result goes into its own slot, so
/// the outcome does not depend on the thread count; recorded simulations are read back instead of run, and new
/// ones are committed to the <see cref="SimulationStore"/> batch by batch.
/// </summary>
public sealed class Evaluator(CalibrationProblem problem, SimulationStore? store, int threads, CancellationToken cancel = default, Action<int>? recorded = null)
{
    /// <summary>Simulations requested so far (the budget counts these).</summary>
    public int Used { get; private set; }

    /// <summary>Of <see cref="Used"/>, those read back from the store.</summary>
    public int Replayed { get; private set; }

    /// <summary>The moments of each (parameter values, seed) pair, in request order.</summary>
    public double[][] Run(IReadOnlyList<(double[] Theta, ulong Seed)> requests)
    {
        cancel.ThrowIfCancellationRequested();
        var results = new double[requests.Count][];
        var keys = new string[requests.Count];
        var missing = new List<int>();
        for (var i = 0; i < requests.Count; i++)
        {
            keys[i] = SimulationStore.Key(requests[i].Theta, requests[i].Seed);
            if (store is not null && store.TryGet(keys[i], out var m))
            {
                results[i] = m;
                Replayed++;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            var built = missing.Select(i => requests[i].Theta).Distinct(new ThetaComparer()).ToDictionary(t => t, problem.Build, new ThetaComparer());
            Parallel.For(0, missing.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancel }, j =>
            {
                var i = missing[j];
                results[i] = Moments.Simulate(built[requests[i].Theta], requests[i].Seed, problem.MomentNames);
            });
            if (store is not null)
            {
                store.Append([.. missing.Select(i => (keys[i], (IReadOnlyList<double>)requests[i].Theta, requests[i].Seed, results[i]))]);
                recorded?.Invoke(store.Recorded);
            }
        }

        Used += requests.Count;
        return results;
    }

    private sealed class ThetaComparer : IEqualityComparer<double[]>
    {
        public bool Equals(double[]? x, double[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(double[] obj)
        {
            var h = new HashCode();
            foreach (var v in obj)
            {
                h.Add(BitConverter.DoubleToInt64Bits(v));
            }

            return h.ToHashCode();
        }
    }
}
