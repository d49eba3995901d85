using SecurityDilemma.Analysis.Attribution;
using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>
/// The evidence an aspect may use: the run itself, and counterfactual replicates computed once, on demand, on seeds
/// seed..seed+R-1 (common random numbers): the scenario as it is, with hierarchy switched, and with each regulator
/// neutralized alone.
/// </summary>
public sealed class DiagnosisContext
{
    private readonly Lazy<Counterfactuals> counterfactuals;

    public DiagnosisContext(RunEvidence run, int replications, int threads = 0)
    {
        Run = run;
        Replications = replications;
        counterfactuals = new Lazy<Counterfactuals>(() => Compute(run, replications, threads));
    }

    /// <summary>A context with the counterfactual replicates given (for tests of the evidence rules on constructed outcomes).</summary>
    internal DiagnosisContext(RunEvidence run, Counterfactuals given)
    {
        Run = run;
        Replications = given.Baseline.Count;
        counterfactuals = new Lazy<Counterfactuals>(given);
    }

    public RunEvidence Run { get; }

    public int Replications { get; }

    /// <summary>Replicates of the scenario as it is.</summary>
    public IReadOnlyList<RunOutcome> Baseline => counterfactuals.Value.Baseline;

    /// <summary>Replicates under anarchy (hierarchy off), whichever the run had.</summary>
    public IReadOnlyList<RunOutcome> Anarchy => counterfactuals.Value.Anarchy;

    /// <summary>Replicates with an enforcer (hierarchy on).</summary>
    public IReadOnlyList<RunOutcome> Hierarchy => counterfactuals.Value.Hierarchy;

    /// <summary>Each available regulator (other than hierarchy) with the replicates in which it alone was neutralized.</summary>
    public IReadOnlyList<(Regulator Regulator, IReadOnlyList<RunOutcome> Outcomes)> Neutralized => counterfactuals.Value.Neutralized;

    /// <summary>The years before the first war (all years without one): the peace in which arming can be judged.</summary>
    public int LastPeaceYear => Run.Wars.Count == 0 ? Run.Scenario.Years : Run.Wars.Min(w => w.Start) - 1;

    /// <summary>Difference in war rates a - b with a Welch interval.</summary>
    public static Estimate WarRateDifference(IReadOnlyList<RunOutcome> a, IReadOnlyList<RunOutcome> b)
        => Estimate.Difference([.. a.Select(o => o.War ? 1.0 : 0.0)], [.. b.Select(o => o.War ? 1.0 : 0.0)]);

    /// <summary>War rate with a Wilson interval.</summary>
    public static Estimate WarRate(IReadOnlyList<RunOutcome> outcomes) => Estimate.Proportion(outcomes.Count(o => o.War), outcomes.Count);

    private static Counterfactuals Compute(RunEvidence run, int replications, int threads)
    {
        var variants = new List<Scenario>
        {
            run.Scenario,
            run.Document.With("hierarchy=false").Build(),
            run.Document.With("hierarchy=true").Build(),
        };
        var regulators = Attributor.Available(run.Document, RegulatorCatalogue.All).Players.Where(r => r.Name != "hierarchy").ToList();
        variants.AddRange(regulators.Select(r => run.Document.With(r.Neutralize).Build()));
        var outcomes = CommonRandomNumbers.Run(variants, run.Seed, replications, threads, RunOutcome.Of);
        IReadOnlyList<RunOutcome> Row(int v) => [.. Enumerable.Range(0, replications).Select(r => outcomes[v, r])];
        return new Counterfactuals(Row(0), Row(1), Row(2), [.. regulators.Select((r, i) => (r, Row(3 + i)))]);
    }

    internal sealed record Counterfactuals(
        IReadOnlyList<RunOutcome> Baseline,
        IReadOnlyList<RunOutcome> Anarchy,
        IReadOnlyList<RunOutcome> Hierarchy,
        IReadOnlyList<(Regulator Regulator, IReadOnlyList<RunOutcome> Outcomes)> Neutralized);
}
