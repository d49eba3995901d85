using System.CommandLine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Infrastructure;

/// <summary>Loading a scenario file with its <c>--set</c> overrides, shared by the commands that take one.</summary>
public static class ScenarioInput
{
    /// <summary>The repeatable <c>--set PATH=VALUE</c> option.</summary>
    public static Option<string[]> SetOption() => new("--set")
    {
        Description = "Override a scenario field, e.g. --set technology.distinguishability=0.8, --set states.Athens.motive=greedy, --set states.*.worst_case_bias=0.5 (repeatable; see docs/scenario-format.md)",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    /// <summary>Loads <paramref name="file"/>, applies <paramref name="sets"/> then <paramref name="extra"/> in order, and validates.</summary>
    public static Scenario Load(string file, IEnumerable<string> sets, params ParameterOverride[] extra)
    {
        var overrides = sets.Select(ParameterOverride.Parse).ToList();
        overrides.AddRange(extra);
        return ScenarioDocument.Load(file).With(overrides).Build();
    }
}
