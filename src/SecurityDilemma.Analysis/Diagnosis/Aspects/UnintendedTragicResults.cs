using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>Unintended tragic results: yes when a war broke out whose belligerents were all security seekers.</summary>
public sealed class UnintendedTragicResults : IAspect
{
    public string Key => "unintended_tragic_results";

    public string Title => "Unintended tragic results";

    public ScholarPosition Butterfield { get; } = new("Yes: the tragedy is that two sides who both want peace end in war", Verdicts.Yes);

    public ScholarPosition Herz { get; } = new("Yes: the outcome nobody wanted follows from the situation", Verdicts.Yes);

    public ScholarPosition Jervis { get; } = new("Yes: wars nobody wanted are the spiral model's outcome", Verdicts.Yes);

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        if (c.Run.Wars.Count == 0)
        {
            return (Verdicts.No, "no war broke out");
        }

        var tragic = c.Run.Wars.Where(w => w.Motives.Values.All(m => m == Scenarios.Motive.SecuritySeeker)).ToList();
        return tragic.Count > 0
            ? (Verdicts.Yes, string.Join("; ", tragic.Select(w => $"war of year {I(w.Start)} between security seekers {string.Join(" and ", w.Sides.Select(s => string.Join("+", s)))}, started by {w.Initiator}{(w.Preemptive ? " preemptively" : "")}")))
            : (Verdicts.No, $"each of the {I(c.Run.Wars.Count)} war(s) had a belligerent that wanted more than security");
    }
}
