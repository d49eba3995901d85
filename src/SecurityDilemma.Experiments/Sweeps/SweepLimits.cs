namespace SecurityDilemma.Experiments.Sweeps;

/// <summary>
/// Limits checked before a sweep starts, so a typo (a million replications, a grid of ten billion points)
/// fails at once with a clear message instead of filling the disk. docs/sweep-format.md lists them.
/// </summary>
public static class SweepLimits
{
    /// <summary>Largest <c>replications</c> per point.</summary>
    public const int MaxReplications = 1_000_000;

    /// <summary>Largest <c>samples</c> for the random and Latin-hypercube samplers.</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>Largest number of points (grid product or samples times value-list grid).</summary>
    public const long MaxPoints = 10_000_000;

    /// <summary>Largest number of runs in one sweep (points times replications).</summary>
    public const long MaxRuns = 100_000_000;

    /// <summary>Largest number of per-year series rows (runs x years x states) when series are kept.</summary>
    public const long MaxSeriesRows = 2_000_000_000;

    /// <summary>Bytes per run assumed when checking free disk space (DuckDB compresses far better; this errs high).</summary>
    public const long BytesPerRun = 160;

    /// <summary>Bytes per series row assumed when checking free disk space.</summary>
    public const long BytesPerSeriesRow = 48;
}
