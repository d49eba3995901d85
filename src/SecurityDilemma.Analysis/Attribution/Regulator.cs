using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Attribution;

/// <summary>A regulator of the security dilemma and the overrides that neutralize it (Attribution/regulators.yaml).</summary>
public sealed record Regulator
{
    public required string Name { get; init; }

    /// <summary>material, psychological, structural or policy.</summary>
    public required string Kind { get; init; }

    public required IReadOnlyList<ParameterOverride> Neutralize { get; init; }

    public required string Source { get; init; }

    /// <summary>What the world looks like with the regulator neutralized.</summary>
    public required string Meaning { get; init; }

    public bool IsMaterial => Kind == "material";

    public bool IsPsychological => Kind == "psychological";
}
