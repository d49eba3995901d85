namespace SecurityDilemma.Experiments.Execution;

/// <summary>How to execute a sweep: worker threads, which shard, and how many runs per committed batch.</summary>
public sealed record ExecutionOptions
{
    /// <summary>Worker threads computing runs (results are the same for any count).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    public ShardSpec Shard { get; init; } = ShardSpec.All;

    /// <summary>Runs per transaction; null picks one from the sweep size (small enough to lose little on a kill, large enough to be fast).</summary>
    public int? BatchSize { get; init; }
}
