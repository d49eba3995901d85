using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Scenarios;
using CliTool = SecurityDilemma.Cli.Tests.Cli;

namespace SecurityDilemma.Analysis.Tests;

/// <summary>The worlds the tests diagnose: shipped scenarios (shortened to keep the suite quick) and a few built here.</summary>
internal static class Worlds
{
    /// <summary>A shipped scenario with overrides.</summary>
    public static ScenarioDocument Shipped(string name, params string[] overrides)
        => ScenarioDocument.Load(Path.Combine(CliTool.RepoRoot, "scenarios", name)).With(overrides);

    /// <summary>Two security seekers, no enforcer, neutral technology and perfect distinguishability, but an open border
    /// (defensibility 0.55) and a strong worst-case bias: war comes from the worst-case reading of an open frontier.</summary>
    public static ScenarioDocument WorstCase() => ScenarioDocument.Parse(
        """
        name: worst-case
        years: 40
        seed: 1
        technology:
          offense_defense_balance: 1.0
          distinguishability: 1.0
        borders:
          - between: [Athens, Sparta]
            defensibility: 0.55
        states:
          - name: Athens
            worst_case_bias: 0.9
          - name: Sparta
            worst_case_bias: 0.9
        """,
        "worst-case.yaml");

    /// <summary>
    /// Two unbiased security seekers with even priors under strong offense dominance and perfect distinguishability: preemptive wars.
    /// Built on the classic dynamics, where the first-strike advantage alone starts wars (under the graded dynamics
    /// perfect distinguishability lets beliefs settle first).
    /// </summary>
    public static ScenarioDocument Preemption() => Shipped("spiral.yaml", "years=40", "dynamics=classic", "technology.offense_defense_balance=0.3", "technology.distinguishability=1", "states.*.prior_trust=0.5");

    /// <summary>The shipped spiral world on the classic dynamics, shortened: wars between security seekers in most seeds.</summary>
    public static ScenarioDocument ClassicSpiral(params string[] overrides) => Shipped("spiral.yaml", ["years=40", "dynamics=classic", "technology.offense_defense_balance=0.5", "observation_noise=0.1", "states.*.prior_trust=0.5", .. overrides]);

    public static RunEvidence Run(ScenarioDocument document) => RunEvidence.Simulate(document);
}
