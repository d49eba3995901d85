using SecurityDilemma.Experiments.Sweeps;

namespace SecurityDilemma.Experiments.Execution;

/// <summary>Checks a plan against the limits and the free disk space before anything is written.</summary>
public static class PreflightCheck
{
    /// <summary>Estimated bytes the shard will write (errs high; DuckDB compresses).</summary>
    public static long EstimateBytes(SweepPlan plan, ShardSpec shard)
    {
        var runs = shard.RunsIn(plan.TotalRuns);
        return (runs * SweepLimits.BytesPerRun) + (SeriesRows(plan, shard) * SweepLimits.BytesPerSeriesRow);
    }

    /// <summary>Series rows the shard will write: runs x years x states (0 when series are not kept).</summary>
    public static long SeriesRows(SweepPlan plan, ShardSpec shard)
    {
        if (!plan.Definition.Series || plan.Points.Count == 0)
        {
            return 0;
        }

        var perPoint = plan.Points.Sum(p => (double)p.Scenario.Years * p.Scenario.States.Count) / plan.Points.Count;
        return (long)Math.Ceiling(perPoint * shard.RunsIn(plan.TotalRuns));
    }

    /// <summary>Throws an <see cref="InputException"/> when the series would be too large or the disk too small for <paramref name="outPath"/>.</summary>
    public static void Check(SweepPlan plan, ShardSpec shard, string outPath, long? freeBytes = null)
    {
        var source = plan.Definition.Source;
        var rows = SeriesRows(plan, shard);
        if (rows > SweepLimits.MaxSeriesRows)
        {
            throw new InputException(source, null, null, "series", $"the series would have {rows:N0} rows", $"at most {SweepLimits.MaxSeriesRows:N0} (fewer runs or years, or series: false; or {LimitOverrides.Hint(LimitOverrides.SweepSeriesRows)})");
        }

        var need = EstimateBytes(plan, shard);
        var dir = Path.GetDirectoryName(Path.GetFullPath(outPath)) ?? ".";
        var free = freeBytes ?? FreeBytes(dir);
        if (free is { } f && need > f)
        {
            throw new InputException(outPath, null, null, "", $"not enough free disk space: the results need up to {Mb(need)} and {dir} has {Mb(f)} free", "more free space, fewer runs, or series: false");
        }
    }

    private static long? FreeBytes(string dir)
    {
        while (!Directory.Exists(dir))
        {
            var parent = Path.GetDirectoryName(dir);
            if (parent is null)
            {
                return null;
            }

            dir = parent;
        }

        try
        {
            return new DriveInfo(dir).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Mb(long bytes) => bytes switch
    {
        < 1_000_000 => $"{bytes / 1e3:N0} kB",
        < 10_000_000_000 => $"{bytes / 1e6:N0} MB",
        _ => $"{bytes / 1e9:N1} GB",
    };
}
