namespace SecurityDilemma.Experiments.Calibration;

/// <summary>One moment a calibration must match: its value, the standard error of that value, and where it comes from.</summary>
public sealed record Target
{
    /// <summary>A name from <see cref="Moments.Names"/>.</summary>
    public required string Moment { get; init; }

    public required double Value { get; init; }

    /// <summary>The standard error (one standard deviation) of <see cref="Value"/>; it weights the moment in the fit.</summary>
    public required double Uncertainty { get; init; }

    /// <summary>Citation with page or table, or the command that computed the value.</summary>
    public required string Source { get; init; }

    public string? Note { get; init; }
}
