using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Runs;

/// <summary>
/// What a run was made from, kept beside its output so that it can be reproduced and re-run under counterfactuals:
/// <c>scenario.yaml</c> (the scenario file exactly as read) and <c>input.json</c> (the original path, the overrides in the
/// order they were applied, and the lens, if any). The scenario is the copy plus the overrides: no other input exists.
/// </summary>
public sealed record RunInput
{
    /// <summary>Name of the copied scenario file in a run directory.</summary>
    public const string ScenarioFileName = "scenario.yaml";

    /// <summary>Name of the input record in a run directory.</summary>
    public const string InputFileName = "input.json";

    /// <summary>The scenario file as given on the command line.</summary>
    public required string ScenarioFile { get; init; }

    /// <summary>The scenario file's text.</summary>
    public required string ScenarioText { get; init; }

    /// <summary>Every override in the order applied (a lens's first, then <c>--set</c>, then <c>--seed</c> and <c>--years</c>).</summary>
    public required IReadOnlyList<ParameterOverride> Overrides { get; init; }

    /// <summary>The lens whose overrides lead the list, or null.</summary>
    public string? Lens { get; init; }

    /// <summary>Reads <paramref name="scenarioFile"/>'s text for the record (the caller has already loaded it successfully).</summary>
    public static RunInput Capture(string scenarioFile, IReadOnlyList<ParameterOverride> overrides, string? lens)
        => new() { ScenarioFile = scenarioFile, ScenarioText = File.ReadAllText(scenarioFile), Overrides = overrides, Lens = lens };

    /// <summary>The scenario document: the copied text with the overrides applied (not yet validated).</summary>
    public ScenarioDocument Document() => ScenarioDocument.Parse(ScenarioText, ScenarioFile).With(Overrides);

    /// <summary>Writes scenario.yaml and input.json into <paramref name="directory"/>.</summary>
    public void Write(string directory)
    {
        File.WriteAllText(Path.Combine(directory, ScenarioFileName), ScenarioText, new UTF8Encoding(false));
        var json = new JsonObject
        {
            ["scenario_file"] = ScenarioFile,
            ["overrides"] = new JsonArray([.. Overrides.Select(o => (JsonNode?)JsonValue.Create($"{o.Path}={o.Value}"))]),
            ["lens"] = Lens,
        };
        File.WriteAllText(Path.Combine(directory, InputFileName), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", new UTF8Encoding(false));
    }

    /// <summary>Reads the record from a run directory; a missing or malformed file is a <see cref="ScenarioException"/>.</summary>
    public static RunInput Read(string directory)
    {
        var scenarioPath = Path.Combine(directory, ScenarioFileName);
        var inputPath = Path.Combine(directory, InputFileName);
        foreach (var path in new[] { scenarioPath, inputPath })
        {
            if (!File.Exists(path))
            {
                throw new ScenarioException(directory, null, null, "", $"no {Path.GetFileName(path)}", "a directory written by 'dilemma run --out DIR' (it keeps scenario.yaml and input.json)");
            }
        }

        try
        {
            var node = JsonNode.Parse(File.ReadAllText(inputPath)) as JsonObject
                ?? throw new JsonException("not a JSON object");
            var overrides = (node["overrides"] as JsonArray ?? throw new JsonException("no 'overrides' list"))
                .Select(v => ParameterOverride.Parse(v?.GetValue<string>() ?? throw new JsonException("an override is null")))
                .ToList();
            return new RunInput
            {
                ScenarioFile = node["scenario_file"]?.GetValue<string>() ?? throw new JsonException("no 'scenario_file'"),
                ScenarioText = File.ReadAllText(scenarioPath),
                Overrides = overrides,
                Lens = node["lens"]?.GetValue<string>(),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new ScenarioException(inputPath, null, null, "", $"cannot be read ({e.Message})", "the input.json written by 'dilemma run --out DIR'");
        }
    }
}
