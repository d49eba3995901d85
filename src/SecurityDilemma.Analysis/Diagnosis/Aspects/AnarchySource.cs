using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>Ultimate source is anarchy: the hierarchy counterfactual. Yes when an enforcer lowers the war rate.</summary>
public sealed class AnarchySource : IAspect
{
    public string Key => "anarchy_as_source";

    public string Title => "Ultimate source is anarchy";

    public ScholarPosition Butterfield { get; } = new("No: the predicament lies in human fear and the impossibility of reading another's mind, which no order removes", Verdicts.No);

    public ScholarPosition Herz { get; } = new("Yes: the dilemma is structural, born of groups living without a higher authority", Verdicts.Yes);

    public ScholarPosition Jervis { get; } = new("Yes: anarchy is the setting that makes one state's security another's insecurity", Verdicts.Yes);

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        var anarchy = DiagnosisContext.WarRate(c.Anarchy);
        var hierarchy = DiagnosisContext.WarRate(c.Hierarchy);
        var d = DiagnosisContext.WarRateDifference(c.Anarchy, c.Hierarchy);
        var text = $"war rate {Ci(anarchy)} under anarchy, {Ci(hierarchy)} with an enforcer (hierarchy on), difference {Ci(d)}, {I(c.Replications)} paired replicates";
        if (anarchy.Value == 0 && hierarchy.Value == 0)
        {
            return (Verdicts.Undecided, $"no war under anarchy or hierarchy in {I(c.Replications)} replicates: nothing to attribute");
        }

        if (d.AboveZero)
        {
            return (Verdicts.Yes, text);
        }

        return hierarchy.Value > 0
            ? (Verdicts.No, text + ": wars persist with an enforcer")
            : (Verdicts.Undecided, text + ": too few wars to tell");
    }
}
