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

    /// <summary>
    /// The strength of the enforcer a hierarchy would bring in the built worlds: weak, acting against an aggressor in one
    /// war year in five (the graded dynamics' limited enforcer). With the default strong one (0.9) a war these worlds
    /// make is overdetermined: the enforcer alone averts it as surely as the regulator the world is built around.
    /// </summary>
    public const string WeakEnforcer = "enforcer_strength=0.2";

    /// <summary>
    /// Two security seekers on the graded dynamics, neutral technology and perfect distinguishability, leaders who see the
    /// fear their own arming causes (empathy 1), guarded prior trust (0.4), an open frontier (defensibility 0.2, geography
    /// that no regulator changes) and full worst-case bias: war comes from the worst-case reading of an open frontier
    /// (about 96% of seeds against 2% unbiased). A weak enforcer is what a hierarchy would bring.
    /// </summary>
    public static ScenarioDocument WorstCase(params string[] overrides) => ScenarioDocument.Parse(
        """
        name: worst-case
        years: 40
        seed: 1
        dynamics: graded
        hierarchy: false
        technology:
          offense_defense_balance: 1.0
          distinguishability: 1.0
        borders:
          - between: [Athens, Sparta]
            defensibility: 0.2
        states:
          - name: Athens
            prior_trust: 0.4
            empathy: 1
            worst_case_bias: 1
          - name: Sparta
            prior_trust: 0.4
            empathy: 1
            worst_case_bias: 1
        """,
        "worst-case.yaml").With([WeakEnforcer, .. overrides]);

    /// <summary>
    /// The shipped spiral world (graded dynamics, leader turnover, private war costs) made a preemption world: extreme
    /// offense dominance (0.2), perfect distinguishability, states without worst-case bias that start deeply distrustful
    /// (prior trust 0.1). Each fears the other's first strike and strikes first (Schelling's reciprocal fear of surprise
    /// attack); a weak enforcer is what a hierarchy would bring.
    /// </summary>
    public static ScenarioDocument Preemption(params string[] overrides) => Shipped("spiral.yaml", ["years=40", "technology.offense_defense_balance=0.2", "technology.distinguishability=1", "states.*.prior_trust=0.1", "states.*.worst_case_bias=0", WeakEnforcer, .. overrides]);

    /// <summary>The shipped spiral world (graded dynamics), shortened to 40 years: wars between security seekers in about half the seeds.</summary>
    public static ScenarioDocument Spiral(params string[] overrides) => Shipped("spiral.yaml", ["years=40", .. overrides]);

    public static RunEvidence Run(ScenarioDocument document) => RunEvidence.Simulate(document);
}
