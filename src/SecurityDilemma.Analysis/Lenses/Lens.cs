using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Lenses;

/// <summary>
/// A theory lens: the parameter changes that configure a scenario as one school reads the world, with its source and
/// what it assumes. Lenses are the YAML files under lenses/ at the repository root (shipped inside this assembly).
/// </summary>
/// <remarks>To add a lens, add NAME.yaml to lenses/ with name, title, source, assumes and set (override paths).</remarks>
public sealed record Lens
{
    /// <summary>The lens's name: its file name without .yaml, as given to <c>--lens</c>.</summary>
    public required string Name { get; init; }

    public required string Title { get; init; }

    public required string Source { get; init; }

    /// <summary>One sentence on what the lens assumes.</summary>
    public required string Assumes { get; init; }

    /// <summary>The overrides it applies, in file order (the same paths as <c>--set</c>).</summary>
    public required IReadOnlyList<ParameterOverride> Overrides { get; init; }
}
