namespace SecurityDilemma.Experiments.Cluster;

/// <summary>What the Slurm scripts run: the sweep, how many shards, where results go, and the command that starts <c>dilemma</c>.</summary>
public sealed record SlurmOptions
{
    /// <summary>Absolute path of the sweep file (each task reads it; its hash must match at merge time).</summary>
    public required string SweepFile { get; init; }

    public required int Shards { get; init; }

    /// <summary>Absolute path of the merged database the dependent job writes.</summary>
    public required string MergedDatabase { get; init; }

    /// <summary>Directory for the scripts, logs and shard databases (shared between nodes).</summary>
    public required string Directory { get; init; }

    /// <summary>The command that starts the tool, absolute paths: e.g. ["/usr/bin/dotnet", "/opt/dilemma/dilemma.dll"].</summary>
    public required IReadOnlyList<string> Tool { get; init; }

    /// <summary>CPUs per array task, passed to <c>--threads</c>.</summary>
    public int CpusPerTask { get; init; } = 1;

    public string JobName { get; init; } = "dilemma";
}
