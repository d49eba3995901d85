namespace SecurityDilemma.Engine;

/// <summary>
/// The headline metrics of one run (docs/model.md defines each). Names are the snake_case keys used
/// in JSON, the results database and sweeps; <see cref="Names"/> fixes their order.
/// </summary>
public sealed record RunMetrics
{
    /// <summary>Metric names in their fixed order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "war_occurred", "first_war_year", "war_count", "tragic_war", "preemptive_war",
        "mean_military_burden", "final_mean_trust", "spiral_index",
        "chain_gang_events", "buck_pass_events", "crisis_count", "backfire_events", "balancing_decisions", "buck_pass_years",
    ];

    public bool WarOccurred { get; init; }

    /// <summary>Year of the first war, or null when there was none.</summary>
    public int? FirstWarYear { get; init; }

    public int WarCount { get; init; }

    /// <summary>A war occurred whose belligerents were all security seekers.</summary>
    public bool TragicWar { get; init; }

    public bool PreemptiveWar { get; init; }

    public double MeanMilitaryBurden { get; init; }

    public double FinalMeanTrust { get; init; }

    public double SpiralIndex { get; init; }

    public int ChainGangEvents { get; init; }

    public int BuckPassEvents { get; init; }

    public int CrisisCount { get; init; }

    public int BackfireEvents { get; init; }

    /// <summary>State-years in which a threatened state without allies or guarantors chose between balancing and passing the
    /// buck (its most threatening neighbour looked dangerous enough).</summary>
    public int BalancingDecisions { get; init; }

    /// <summary>State-years spent passing the buck: how common buck passing is, whether a state waits in one long episode or several.</summary>
    public int BuckPassYears { get; init; }

    /// <summary>The values in the order of <see cref="Names"/>; a missing first-war year is NaN.</summary>
    public double[] ToArray() =>
    [
        WarOccurred ? 1 : 0, FirstWarYear ?? double.NaN, WarCount, TragicWar ? 1 : 0, PreemptiveWar ? 1 : 0,
        MeanMilitaryBurden, FinalMeanTrust, SpiralIndex,
        ChainGangEvents, BuckPassEvents, CrisisCount, BackfireEvents, BalancingDecisions, BuckPassYears,
    ];
}
