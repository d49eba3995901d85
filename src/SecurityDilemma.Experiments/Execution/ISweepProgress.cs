namespace SecurityDilemma.Experiments.Execution;

/// <summary>
/// Told how far a sweep has got, after each committed batch (always on the thread that called
/// <see cref="SweepExecutor.Execute"/>). The CLI draws a live bar in a terminal and prints plain lines otherwise.
/// </summary>
public interface ISweepProgress
{
    /// <summary><paramref name="done"/> of <paramref name="total"/> runs of this shard are stored (including runs found on resume).</summary>
    void Report(long done, long total);
}
