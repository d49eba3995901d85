using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Web.Play;

/// <summary>A student's choices for the coming year (states named, as she sees them).</summary>
internal sealed record DecisionRequest
{
    public string? Token { get; init; }

    /// <summary>Military spending as a share of resources, 0 to the engine's maximum burden.</summary>
    public double? Burden { get; init; }

    /// <summary>Offensive share of what is bought, 0..1.</summary>
    public double? OffenseShare { get; init; }

    public Policy? Posture { get; init; }

    public bool SignalRestraint { get; init; }

    public string? Attack { get; init; }

    public string? SeekAlly { get; init; }

    public bool LeaveAlliances { get; init; }
}
