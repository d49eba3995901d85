namespace SecurityDilemma.Web.Explore;

/// <summary>A "four worlds" sweep of a run's world: offense-defense balance x distinguishability on a grid, replications per cell.</summary>
internal sealed record SweepRequest : RunRequest
{
    /// <summary>Cells per axis.</summary>
    public int? Grid { get; init; }

    public int? Replications { get; init; }
}
