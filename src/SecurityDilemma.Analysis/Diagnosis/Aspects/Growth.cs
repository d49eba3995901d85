namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>Changes over the peace (from the scenario's start to the last year before the first war), per state.</summary>
internal static class Growth
{
    /// <summary>Relative growth of offense + defense per state, or null when there was no year of peace.</summary>
    public static IReadOnlyList<KeyValuePair<string, double>>? Forces(DiagnosisContext c)
    {
        var last = Last(c);
        if (last is null)
        {
            return null;
        }

        return [.. c.Run.Scenario.States.Select((s, i) => (s, i)).Where(p => last.ContainsKey(p.i)).Select(p =>
        {
            var start = p.s.Offense + p.s.Defense;
            var end = last[p.i].Offense + last[p.i].Defense;
            return new KeyValuePair<string, double>(p.s.Name, start > 0 ? (end / start) - 1 : 0);
        })];
    }

    /// <summary>Each state's series row in the last year of peace, or null when there was none.</summary>
    public static Dictionary<int, Engine.StateYear>? Last(DiagnosisContext c)
    {
        var year = c.LastPeaceYear;
        return year < 1 ? null : c.Run.Series.Where(s => s.Year == year).ToDictionary(s => s.State);
    }

    /// <summary>Each state's series row in year 1.</summary>
    public static Dictionary<int, Engine.StateYear> First(DiagnosisContext c) => c.Run.Series.Where(s => s.Year == 1).ToDictionary(s => s.State);
}
