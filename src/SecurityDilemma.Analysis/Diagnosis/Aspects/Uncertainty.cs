using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>Uncertainty over others' intentions: yes when beliefs were still far from the true motives when peace ended.</summary>
public sealed class Uncertainty : IAspect
{
    /// <summary>Mean distance of beliefs from the truth above which intentions count as uncertain.</summary>
    public const double Threshold = 0.1;

    public string Key => "uncertainty_over_intentions";

    public string Title => "Uncertainty over others' intentions";

    public ScholarPosition Butterfield { get; } = new("Yes: no one can see into the other's mind and be sure of its good intent", Verdicts.Yes);

    public ScholarPosition Herz { get; } = new("Yes: not knowing what others will do drives the search for security", Verdicts.Yes);

    public ScholarPosition Jervis { get; } = new("Yes: states cannot tell whether others' arming is defensive", Verdicts.Yes);

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        var year = Math.Max(1, c.LastPeaceYear);
        var states = c.Run.Scenario.States;
        var rows = c.Run.Trust.Where(t => t.Year == year).ToList();
        if (rows.Count == 0)
        {
            return (Verdicts.Undecided, $"no beliefs recorded in year {I(year)}");
        }

        var error = rows.Average(t => Math.Abs(t.Trust - (states[t.Target].Motive == Scenarios.Motive.SecuritySeeker ? 1.0 : 0.0)));
        var text = $"in year {I(year)} (last year of peace) beliefs were on average {F(error)} from the true motives (0 = certain and right), over {I(rows.Count)} observer-target pairs";
        return (error > Threshold ? Verdicts.Yes : Verdicts.No, text);
    }
}
