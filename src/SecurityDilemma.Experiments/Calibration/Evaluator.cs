namespace SecurityDilemma.Experiments.Calibration;

/// <summary>
/// Runs batches of simulations (parameter values, seed) on worker threads. Each result goes into its own slot, so
/// the outcome does not depend on the thread count; recorded simulations are read back instead of run, and new
/// ones are committed to the <see cref="SimulationStore"/> at most once a second (each commit syncs the file, so
/// committing every small batch would dominate fast runs; a kill loses at most a second of work, which a resume
/// runs again with the same seeds), and by <see cref="Flush"/>.
/// </summary>
public sealed class Evaluator(CalibrationProblem problem, SimulationStore? store, int threads, CancellationToken cancel = default, Action<int>? recorded = null)
{
    private readonly List<(string Key, IReadOnlyList<double> Theta, ulong Seed, double[] Moments)> pending = [];
    private readonly Dictionary<string, double[]> pendingByKey = new(StringComparer.Ordinal);
    private readonly System.Diagnostics.Stopwatch sinceCommit = System.Diagnostics.Stopwatch.StartNew();

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
            if (store is not null && (store.TryGet(keys[i], out var m) || pendingByKey.TryGetValue(keys[i], out m)))
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
                foreach (var i in missing)
                {
                    if (pendingByKey.TryAdd(keys[i], results[i]))
                    {
                        pending.Add((keys[i], requests[i].Theta, requests[i].Seed, results[i]));
                    }
                }

                if (sinceCommit.Elapsed >= TimeSpan.FromSeconds(1))
                {
                    Flush();
                }
            }
        }

        Used += requests.Count;
        return results;
    }

    /// <summary>Commits the simulations not yet in the store.</summary>
    public void Flush()
    {
        if (store is not null && pending.Count > 0)
        {
            store.Append(pending);
            pending.Clear();
            pendingByKey.Clear();
            recorded?.Invoke(store.Recorded);
        }

        sinceCommit.Restart();
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
