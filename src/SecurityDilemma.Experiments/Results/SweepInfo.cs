namespace SecurityDilemma.Experiments.Results;

/// <summary>A row of the <c>sweep</c> table: which sweep (and shard) a database holds, and when it ran.</summary>
public sealed record SweepInfo
{
    public required string Name { get; init; }

    public required string SweepFile { get; init; }

    public required string SweepText { get; init; }

    public required string SweepSha256 { get; init; }

    public required string ScenarioSha256 { get; init; }

    public required string ToolVersion { get; init; }

    public required ulong MasterSeed { get; init; }

    public required int Replications { get; init; }

    public required long Points { get; init; }

    public required long TotalRuns { get; init; }

    public required int ShardIndex { get; init; }

    public required int ShardCount { get; init; }

    public required DateTime StartedAt { get; init; }

    public DateTime? FinishedAt { get; init; }
}
