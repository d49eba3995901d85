using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Analysis.Lenses;

/// <summary>A scenario's outcomes under one lens over the replications (or under none: <see cref="Lens"/> "none").</summary>
public sealed record LensOutcome
{
    public required string Lens { get; init; }

    public required Estimate WarRate { get; init; }

    /// <summary>Mean number of wars per run (Student-t interval): graded where nearly every run has some war.</summary>
    public required Estimate WarsPerRun { get; init; }

    public required Estimate TragicWarRate { get; init; }

    /// <summary>Mean year of the first war over the runs that had one.</summary>
    public required Estimate FirstWarYear { get; init; }

    public required Estimate MeanMilitaryBurden { get; init; }

    public required Estimate FinalMeanTrust { get; init; }
}
