using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>Power competition: yes when two states both built up their forces by at least 10% over the peace.</summary>
public sealed class PowerCompetition : IAspect
{
    /// <summary>Relative growth of forces that counts as a build-up.</summary>
    public const double BuildUp = 0.1;

    public string Key => "power_competition";

    public string Title => "Power competition";

    public ScholarPosition Butterfield { get; } = new("Yes, by implication: fear drives each side to add to its power", Verdicts.Yes);

    public ScholarPosition Herz { get; } = new("Yes: the search for security becomes a competition for power, a vicious circle", Verdicts.Yes);

    public ScholarPosition Jervis { get; } = new("Yes: arms races are the dilemma's usual form", Verdicts.Yes);

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        var growth = Growth.Forces(c);
        if (growth is null)
        {
            return (Verdicts.Undecided, "the first war began in year 1: no peace in which to compare arming");
        }

        var armed = growth.Where(g => g.Value >= BuildUp).ToList();
        var text = string.Join(", ", growth.Select(g => $"{g.Key} {(g.Value >= 0 ? "+" : "")}{P(g.Value)}"));
        return armed.Count >= 2
            ? (Verdicts.Yes, $"forces grew by {P(BuildUp)} or more on several sides up to year {I(c.LastPeaceYear)}: {text}")
            : (Verdicts.No, $"fewer than two states built up by {P(BuildUp)} up to year {I(c.LastPeaceYear)}: {text}");
    }
}
