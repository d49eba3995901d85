using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>
/// One year's choices for a state led from outside the engine (a player in the classroom mode). Applied after the
/// engine's own phase-1 decisions and before anything is applied, so the player decides on the same snapshot as everyone.
/// </summary>
/// <remarks>
/// <see cref="Burden"/> is capped at the engine's maximum burden; <see cref="SignalRestraint"/> is Kydd's costly
/// reassurance: spending is cut, if needed, until the apparent offensive procurement observers read falls below the
/// midpoint of the two types' signals, so a security seeker's trust in the player rises. <see cref="Attack"/> and
/// <see cref="SeekAlly"/> are state indices; an attack on a state not bordered, or while at war, is ignored, and a
/// proposed ally accepts or refuses by its own calculation.
/// </remarks>
public sealed record ExternalDecision
{
    /// <summary>Military spending as a share of resources this year.</summary>
    public double Burden { get; init; }

    /// <summary>Offensive share of the procurement budget, 0..1 (the force mix).</summary>
    public double OffenseShare { get; init; } = 0.5;

    /// <summary>Crisis posture: calculate (utility), conciliate or stand firm.</summary>
    public Policy Posture { get; init; } = Policy.Utility;

    /// <summary>Spend visibly little so that observers read restraint.</summary>
    public bool SignalRestraint { get; init; }

    /// <summary>State to attack this year, or null.</summary>
    public int? Attack { get; init; }

    /// <summary>State to propose an alliance to, or null.</summary>
    public int? SeekAlly { get; init; }

    /// <summary>Leave every alliance held.</summary>
    public bool LeaveAlliances { get; init; }
}
