using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Analysis.Attribution;

/// <summary>What neutralizing one regulator does to the war being explained, over the replications.</summary>
public sealed record RegulatorEffect
{
    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required IReadOnlyList<string> Neutralize { get; init; }

    public required string Source { get; init; }

    /// <summary>Rate of the war with only this regulator neutralized (Wilson interval).</summary>
    public required Estimate WarRate { get; init; }

    /// <summary>Among replicates that had the war, the share in which neutralizing this regulator alone averted it (Wilson interval).</summary>
    public required Estimate AvertedShare { get; init; }

    /// <summary>True when neutralizing it alone averts the war in the run itself (the first replicate).</summary>
    public required bool AvertsInThisRun { get; init; }

    /// <summary>Shapley value: this regulator's part of the total effect, the mean of per-replicate values with a Student-t interval.</summary>
    public required Estimate Shapley { get; init; }

    /// <summary>Shapley value divided by the total effect (null when the total effect is zero).</summary>
    public double? ShapleyShare { get; init; }
}
