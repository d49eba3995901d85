using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Analysis.StageGames;
using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Output;

/// <summary>What <c>dilemma run --out</c> keeps for the analyses: the run's input and its stage games (docs/run-output.md).</summary>
internal static class AnalysisOutput
{
    /// <summary>scenario.yaml and input.json, so diagnose and explain can re-run the scenario.</summary>
    public static void WriteInput(string directory, string scenarioFile, IReadOnlyList<ParameterOverride> overrides, string? lens)
        => RunInput.Capture(scenarioFile, overrides, lens).Write(directory);

    /// <summary>stage_games.csv: the one-shot game of each dyad and peacetime year, its predicted and its actual move.</summary>
    public static void WriteStageGames(string directory, Scenario scenario, EvidenceRecorder evidence)
        => StageGameTable.Write(directory, StageGameBuilder.Build(scenario, evidence.Series, evidence.Beliefs));
}
