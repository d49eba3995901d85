using SecurityDilemma.Scenarios.Tree;

namespace SecurityDilemma.Scenarios;

/// <summary>
/// A parsed (not yet validated) scenario file that keeps source positions, so overrides can be
/// applied and every error can name file:line:col. Build turns it into a validated <see cref="Scenario"/>.
/// </summary>
/// <remarks>
/// The document is an immutable tree; <see cref="With(IEnumerable{ParameterOverride})"/> copies only the nodes on each override's path,
/// so sweeps can apply overrides thousands of times cheaply. Format: docs/scenario-format.md.
/// </remarks>
public sealed class ScenarioDocument
{
    private readonly Node? root;

    private ScenarioDocument(Node? root, string sourceName)
    {
        this.root = root;
        SourceName = sourceName;
    }

    /// <summary>The file (or other source) the document was read from, as named in messages.</summary>
    public string SourceName { get; }

    /// <summary>Reads and parses a YAML file; throws <see cref="ScenarioException"/> for I/O, syntax and structure errors.</summary>
    public static ScenarioDocument Load(string path)
    {
        var text = YamlFile.ReadText(path, "scenario file", "scenarios/spiral.yaml");
        return Parse(text, path);
    }

    /// <summary>Parses YAML text; <paramref name="sourceName"/> names it in error messages.</summary>
    public static ScenarioDocument Parse(string yaml, string sourceName)
    {
        var root = YamlTreeReader.Read(yaml, sourceName);
        if (root is null)
        {
            throw new ScenarioException(sourceName, null, null, "", "the file is empty", "a YAML mapping with at least 'name' and 'states' (see docs/scenario-format.md)");
        }

        return new ScenarioDocument(root, sourceName);
    }

    /// <summary>A copy with the overrides applied; an unknown path or a badly typed value throws <see cref="ScenarioException"/>.</summary>
    /// <remarks>Paths are checked here; values are checked by <see cref="Build"/> like values from the file, with "--set" as their source.</remarks>
    public ScenarioDocument With(IEnumerable<ParameterOverride> overrides)
    {
        var node = root;
        var count = 0;
        foreach (var o in overrides)
        {
            var most = LimitOverrides.Get(LimitOverrides.SetOverrides, Limits.MaxOverrides);
            if (++count > most)
            {
                throw new ScenarioException("--set", null, null, "", $"more than {most} overrides", $"at most {most} --set options ({LimitOverrides.Hint(LimitOverrides.SetOverrides)})");
            }

            node = OverridePath.Apply(node, o);
        }

        return count == 0 ? this : new ScenarioDocument(node, SourceName);
    }

    /// <summary>Shorthand for <see cref="With(IEnumerable{ParameterOverride})"/> with PATH=VALUE texts.</summary>
    public ScenarioDocument With(params string[] overrides) => With(overrides.Select(ParameterOverride.Parse));

    /// <summary>The document (with its overrides) as block-style YAML; comments of the source are not kept.</summary>
    public string ToYaml() => root is null ? "" : YamlTreeWriter.Write(root);

    /// <summary>Validates every field and range and returns the immutable scenario.</summary>
    public Scenario Build() => ScenarioBuilder.Build(root, SourceName);
}
