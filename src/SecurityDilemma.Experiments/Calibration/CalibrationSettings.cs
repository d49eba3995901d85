namespace SecurityDilemma.Experiments.Calibration;

/// <summary>How to calibrate: method, budget of simulations, seed, replications, threads.</summary>
public sealed record CalibrationSettings
{
    /// <summary>"smm" or "abc".</summary>
    public string Method { get; init; } = "smm";

    /// <summary>Total simulations (engine runs) the method may use.</summary>
    public int Budget { get; init; } = 2000;

    public ulong Seed { get; init; } = 1;

    /// <summary>Runs averaged per evaluated parameter vector (SMM: the common random numbers; ABC: per particle).</summary>
    public int Replications { get; init; } = 10;

    /// <summary>ABC population size (particles per generation).</summary>
    public int Population { get; init; } = 100;

    /// <summary>Worker threads; results do not depend on it.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>The methods.</summary>
    public static IReadOnlyList<string> Methods { get; } = ["smm", "abc"];

    /// <summary>The fewest simulations the method needs for <paramref name="parameters"/> parameters (checked before any work).</summary>
    public int MinimumBudget(int parameters) => Method == "abc"
        ? 3 * Population * Replications
        : ((4 * parameters) + 3) * Replications;

    /// <summary>A text that changes whenever the results could (thread count excluded).</summary>
    public string Describe() => $"method={Method} budget={Budget} seed={Seed} replications={Replications} population={Population}";
}
