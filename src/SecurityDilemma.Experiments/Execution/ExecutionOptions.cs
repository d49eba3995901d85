namespace SecurityDilemma.Experiments.Execution;

/// <summary>How to execute a sweep: worker threads, which shard, and how many runs per committed batch.</summary>
public sealed record ExecutionOptions
{
    /// <summary>Worker threads computing runs (results are the same for any count).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    public ShardSpec Shard { get; init; } = ShardSpec.All;

    /// <summary>Runs a worker computes before handing them to the writer; null picks one from the sweep size.</summary>
    public int? BatchSize { get; init; }

    /// <summary>
    /// How often finished runs are committed (one transaction each): a kill loses at most this much work, and a shorter
    /// interval costs more disk syncs. Zero commits every worker batch on its own.
    /// </summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(1);
}
