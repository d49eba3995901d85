namespace SecurityDilemma.Experiments.Execution;

/// <summary>What an execution did: runs in the shard, runs found already stored (resume), runs computed now, and how long it took.</summary>
public sealed record SweepOutcome(long ShardRuns, long AlreadyStored, long Computed, TimeSpan Elapsed);
