using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>
/// Universal or conditional: conditional when neutralizing some regulator alone lowers the war rate, universal when
/// wars persist under every single neutralization. Across a sweep: whether the dilemma appears at some points only.
/// </summary>
public sealed class UniversalOrConditional : IAspect
{
    public const string Universal = "universal";
    public const string Conditional = "conditional";

    public string Key => "universal_or_conditional";

    public string Title => "Universal or conditional";

    public ScholarPosition Butterfield { get; } = new("Universal: an absolute predicament of all relations between powers", Universal);

    public ScholarPosition Herz { get; } = new("Universal wherever there is anarchy, though its effects can be softened", Universal);

    public ScholarPosition Jervis { get; } = new("Conditional: its severity depends on the regulators and can be escaped", Conditional);

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        var baseline = DiagnosisContext.WarRate(c.Baseline);
        if (baseline.Value == 0)
        {
            return (Verdicts.Undecided, $"no war in {I(c.Replications)} replicates of this world");
        }

        var lowering = c.Neutralized.Where(n => DiagnosisContext.WarRateDifference(c.Baseline, n.Outcomes).AboveZero).Select(n => n.Regulator.Name).ToList();
        return lowering.Count > 0
            ? (Conditional, $"war rate {Ci(baseline)} falls when any one of these is neutralized: {string.Join(", ", lowering)}")
            : (Universal, $"war rate {Ci(baseline)} does not fall when any single regulator is neutralized");
    }
}
