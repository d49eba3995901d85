using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>Cause of all war: yes when every war over the replicates was among security seekers only.</summary>
public sealed class CauseOfAllWar : IAspect
{
    public string Key => "cause_of_all_war";

    public string Title => "Cause of all war";

    public ScholarPosition Butterfield { get; } = new("Yes: the irreducible dilemma lies at the root of every war", Verdicts.Yes);

    public ScholarPosition Herz { get; } = new("No: conquest and ambition cause wars too", Verdicts.No);

    public ScholarPosition Jervis { get; } = new("No: some wars come from aggressors the deterrence model fits", Verdicts.No);

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        var wars = c.Baseline.Sum(o => o.Wars);
        if (wars == 0)
        {
            return (Verdicts.Undecided, $"no war in {I(c.Replications)} replicates");
        }

        var other = c.Baseline.Sum(o => o.NonTragicWars);
        return other == 0
            ? (Verdicts.Yes, $"all {I(wars)} wars in {I(c.Replications)} replicates were among security seekers only (in this world)")
            : (Verdicts.No, $"{I(other)} of {I(wars)} wars in {I(c.Replications)} replicates involved a state that wanted more than security");
    }
}
