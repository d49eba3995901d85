namespace SecurityDilemma.Scenarios;

/// <summary>
/// A parsed (not yet validated) scenario file that keeps source positions, so overrides can be
/// applied and every error can name file:line:col. Build turns it into a validated <see cref="Scenario"/>.
/// </summary>
/// <remarks>Contract used by the engine, the CLI and sweeps; the scenario-format work implements it.</remarks>
public sealed class ScenarioDocument
{
    /// <summary>Reads and parses a YAML file; throws <see cref="ScenarioException"/> for I/O, syntax and structure errors.</summary>
    public static ScenarioDocument Load(string path) => throw new NotImplementedException();

    /// <summary>Parses YAML text; <paramref name="sourceName"/> names it in error messages.</summary>
    public static ScenarioDocument Parse(string yaml, string sourceName) => throw new NotImplementedException();

    /// <summary>A copy with the overrides applied; an unknown path or a badly typed value throws <see cref="ScenarioException"/>.</summary>
    public ScenarioDocument With(IEnumerable<ParameterOverride> overrides) => throw new NotImplementedException();

    /// <summary>Validates every field and range and returns the immutable scenario.</summary>
    public Scenario Build() => throw new NotImplementedException();
}
