using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>Mutual fear: yes when two states each held trust below one half in the other in the same year.</summary>
public sealed class MutualFear : IAspect
{
    public string Key => "mutual_fear";

    public string Title => "Mutual fear";

    public ScholarPosition Butterfield { get; } = new("Yes: Hobbesian fear on both sides is the heart of the predicament", Verdicts.Yes);

    public ScholarPosition Herz { get; } = new("Yes: each side fears being attacked, subjugated or annihilated by the other", Verdicts.Yes);

    public ScholarPosition Jervis { get; } = new("Yes: each side's fear feeds the other's in the spiral", Verdicts.Yes);

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        if (c.Run.Trust.Count == 0)
        {
            return (Verdicts.Undecided, "no beliefs recorded");
        }

        var trust = c.Run.Trust.ToDictionary(t => (t.Year, t.Observer, t.Target), t => t.Trust);
        var names = c.Run.Scenario.States;
        var lowest = double.PositiveInfinity;
        foreach (var t in c.Run.Trust.OrderBy(t => t.Year).ThenBy(t => t.Observer).ThenBy(t => t.Target))
        {
            if (t.Observer < t.Target && trust.TryGetValue((t.Year, t.Target, t.Observer), out var back))
            {
                var mutual = Math.Max(t.Trust, back);
                if (mutual < 0.5)
                {
                    return (Verdicts.Yes, $"in year {I(t.Year)} {names[t.Observer].Name} trusted {names[t.Target].Name} {Below(t.Trust, 0.5)} and {names[t.Target].Name} trusted {names[t.Observer].Name} {Below(back, 0.5)} (both below 0.5)");
                }

                lowest = Math.Min(lowest, mutual);
            }
        }

        return (Verdicts.No, $"no pair distrusted each other at the same time (the lowest mutual trust, the larger of the two beliefs, was {F(lowest)})");
    }
}
