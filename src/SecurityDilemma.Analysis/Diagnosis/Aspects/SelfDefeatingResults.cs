using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>Unintended and partially self-defeating results: yes when a state's forces rose over the peace while its own measured security fell.</summary>
public sealed class SelfDefeatingResults : IAspect
{
    public string Key => "self_defeating_results";

    public string Title => "Unintended and partially self-defeating results";

    public ScholarPosition Butterfield { get; } = new("Not his emphasis: he dwells on the tragedy rather than on arming that defeats itself", null);

    public ScholarPosition Herz { get; } = new("Yes: accumulating power leaves everyone, the accumulator included, less secure", Verdicts.Yes);

    public ScholarPosition Jervis { get; } = new("Yes: measures taken for security can decrease it", Verdicts.Yes);

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        var last = Growth.Last(c);
        if (last is null)
        {
            return (Verdicts.Undecided, "the first war began in year 1: no peace in which to compare arming and security");
        }

        var first = Growth.First(c);
        var states = c.Run.Scenario.States;
        var found = new List<string>();
        foreach (var (i, end) in last.OrderBy(p => p.Key))
        {
            if (!first.TryGetValue(i, out var start))
            {
                continue;
            }

            var forces = end.Offense + end.Defense - (start.Offense + start.Defense);
            var security = end.Security - start.Security;
            if (forces > 0 && security < 0)
            {
                found.Add($"{states[i].Name}: forces {F(start.Offense + start.Defense)} -> {F(end.Offense + end.Defense)}, security {F(start.Security)} -> {F(end.Security)}");
            }
        }

        return found.Count > 0
            ? (Verdicts.Yes, $"years 1 to {I(c.LastPeaceYear)}: " + string.Join("; ", found))
            : (Verdicts.No, $"no state both added forces and lost measured security between year 1 and year {I(c.LastPeaceYear)}");
    }
}
