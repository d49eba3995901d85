namespace SecurityDilemma.Experiments.Calibration;

/// <summary>A targets file (docs/calibration.md, "Targets"): what a calibration must match, and for which world.</summary>
public sealed record TargetSet
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<Target> Targets { get; init; }

    /// <summary>Moment names in target order.</summary>
    public IReadOnlyList<string> MomentNames => [.. Targets.Select(t => t.Moment)];
}
