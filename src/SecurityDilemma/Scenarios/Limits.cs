namespace SecurityDilemma.Scenarios;

/// <summary>
/// Every size and range limit on user input, in one place (docs/scenario-format.md, "Limits").
/// They are checked before any work starts, so an oversized request fails at once with exit code 2.
/// </summary>
public static class Limits
{
    /// <summary>Largest scenario file read, in bytes.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Deepest YAML nesting accepted (guards the recursive reader).</summary>
    public const int MaxNesting = 64;

    /// <summary>Most states in a scenario (the engine's sparse-neighbourhood bar is 100,000 states).</summary>
    public const int MaxStates = 100_000;

    /// <summary>Most states in a scenario without borders, where every pair neighbours (n^2 / 2 pairs); give borders for more.</summary>
    public const int MaxStatesWithoutBorders = 1_000;

    /// <summary>Fewest states in a scenario: a dilemma needs two.</summary>
    public const int MinStates = 2;

    /// <summary>Most simulated years.</summary>
    public const int MaxYears = 10_000;

    /// <summary>Longest state or scenario name, in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Most explicit borders.</summary>
    public const int MaxBorders = 2_000_000;

    /// <summary>Most initial alliances.</summary>
    public const int MaxAlliances = 10_000;

    /// <summary>Most declared guarantees.</summary>
    public const int MaxGuarantees = 100_000;

    /// <summary>Most scheduled technology changes.</summary>
    public const int MaxTechnologyChanges = 1_000;

    /// <summary>Largest resources or force level of one state (keeps sums far from overflow).</summary>
    public const double MaxQuantity = 1e12;

    /// <summary>Largest offense-defense balance, perceived balance or border defensibility.</summary>
    public const double MaxBalance = 1_000;

    /// <summary>Largest observation-noise standard deviation.</summary>
    public const double MaxObservationNoise = 10;

    /// <summary>Most weapon types in a force-structure file.</summary>
    public const int MaxWeaponTypes = 1_000;

    /// <summary>Most sectors of front in a force-structure file.</summary>
    public const int MaxSectors = 1_000;

    /// <summary>Largest contest decisiveness g in a force-structure file (larger makes the contest a step function).</summary>
    public const double MaxDecisiveness = 100;

    /// <summary>Most replications of one <c>dilemma run</c>.</summary>
    public const int MaxReplications = 1_000_000;

    /// <summary>Most worker threads.</summary>
    public const int MaxThreads = 1_024;

    /// <summary>Most <c>--set</c> overrides on one command line.</summary>
    public const int MaxOverrides = 10_000;
}
