using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Runs.Families;

/// <summary>
/// A family of generated worlds: how many states, how long, which dynamics, and the ranges from which each replication draws
/// its states' endowments (<see cref="WorldFamilies.Generate"/>). A claim tested over a family holds for the family, not for
/// one tuned instance.
/// </summary>
public sealed record WorldFamily
{
    /// <summary>The engine dynamics the family's worlds run (docs/model.md).</summary>
    public Dynamics Dynamics { get; init; } = Dynamics.Graded;

    /// <summary>States per world.</summary>
    public int States { get; init; } = 2;

    /// <summary>Years per run.</summary>
    public int Years { get; init; } = 60;

    /// <summary>Observation noise of every world.</summary>
    public double Noise { get; init; } = 0.1;

    /// <summary>Range of each state's resources.</summary>
    public double ResourcesLow { get; init; } = 50;

    /// <summary>Upper end of the resources' range.</summary>
    public double ResourcesHigh { get; init; } = 150;

    /// <summary>Range of each state's offensive and defensive forces at the start.</summary>
    public double ForcesLow { get; init; } = 2;

    /// <summary>Upper end of the forces' range.</summary>
    public double ForcesHigh { get; init; } = 15;

    /// <summary>Range of each leader's prior trust in the others.</summary>
    public double PriorLow { get; init; } = 0.3;

    /// <summary>Upper end of the prior trust's range.</summary>
    public double PriorHigh { get; init; } = 0.8;

    /// <summary>Names are the prefix and the state's index; the scenario is named by the prefix.</summary>
    public string NamePrefix { get; init; } = "State";

    /// <summary>Root of the family's draws: replication r draws from the stream derived from (seed, r).</summary>
    public ulong Seed { get; init; } = 1;
}
