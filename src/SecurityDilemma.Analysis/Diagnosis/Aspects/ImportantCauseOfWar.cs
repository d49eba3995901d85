using SecurityDilemma.Models.Statistics;
using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>Important cause of war: yes when some of the wars over the replicates were among security seekers only (their share, with a Wilson interval, is the evidence).</summary>
public sealed class ImportantCauseOfWar : IAspect
{
    public string Key => "important_cause_of_war";

    public string Title => "Important cause of war";

    public ScholarPosition Butterfield { get; } = new("Yes: behind many great wars", Verdicts.Yes);

    public ScholarPosition Herz { get; } = new("Yes: a main driver of conflict between groups", Verdicts.Yes);

    public ScholarPosition Jervis { get; } = new("Yes: a major cause of war, next to aggression", Verdicts.Yes);

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        var wars = c.Baseline.Sum(o => o.Wars);
        if (wars == 0)
        {
            return (Verdicts.Undecided, $"no war in {I(c.Replications)} replicates");
        }

        var tragic = c.Baseline.Sum(o => o.TragicWars);
        var share = Estimate.Proportion(tragic, wars);
        var text = $"{I(tragic)} of {I(wars)} wars in {I(c.Replications)} replicates were among security seekers only: share {Ci(share)}";
        // Any such war puts the Wilson interval's lower end above zero.
        return (tragic > 0 ? Verdicts.Yes : Verdicts.No, text);
    }
}
