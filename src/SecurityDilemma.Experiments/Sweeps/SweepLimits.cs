namespace SecurityDilemma.Experiments.Sweeps;

/// <summary>
/// Limits checked before a sweep starts, so a typo (a million replications, a grid of ten billion points)
/// fails at once with a clear message instead of filling the disk. README.md, "Limits", lists them; each can be raised for one
/// command with <c>--limit NAME=N</c> (<see cref="LimitOverrides"/>).
/// </summary>
public static class SweepLimits
{
    /// <summary>Largest <c>replications</c> per point.</summary>
    public static int MaxReplications => (int)Math.Min(int.MaxValue, LimitOverrides.Get(LimitOverrides.SweepReplications, 1_000_000));

    /// <summary>Largest <c>samples</c> for the random and Latin-hypercube samplers.</summary>
    public static int MaxSamples => (int)Math.Min(int.MaxValue, LimitOverrides.Get(LimitOverrides.SweepSamples, 1_000_000));

    /// <summary>Largest number of points (grid product or samples times value-list grid).</summary>
    public static long MaxPoints => LimitOverrides.Get(LimitOverrides.SweepPoints, 10_000_000);

    /// <summary>Largest number of runs in one sweep (points times replications).</summary>
    public static long MaxRuns => LimitOverrides.Get(LimitOverrides.SweepRuns, 100_000_000);

    /// <summary>Largest number of per-year series rows (runs x years x states) when series are kept.</summary>
    public static long MaxSeriesRows => LimitOverrides.Get(LimitOverrides.SweepSeriesRows, 2_000_000_000);

    /// <summary>Bytes per run assumed when checking free disk space (DuckDB compresses far better; this errs high).</summary>
    public const long BytesPerRun = 160;

    /// <summary>Bytes per series row assumed when checking free disk space.</summary>
    public const long BytesPerSeriesRow = 48;
}
