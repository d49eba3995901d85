namespace SecurityDilemma.Experiments.Data;

/// <summary>
/// The historical war moments of a set of states over a range of years, with the same definitions the calibration
/// computes from simulated runs (docs/calibration.md, "Moments"): a war counts when it starts in the range and has
/// chosen states on both sides that are members of the system when they enter it.
/// </summary>
/// <param name="Wars">Wars that start in the range with member states on both sides.</param>
/// <param name="WarsPerDecade">Wars per ten years of the range.</param>
/// <param name="WarsPerDyadDecade">Dyadic war onsets (pairs of member states on opposite sides of a counted war) per ten dyad-years; dyad-years = the sum over the range's years of n(n-1)/2, n the states that are members that year (all chosen states in every year when none has membership spells).</param>
/// <param name="MultipartyWarShare">Share of counted wars with more than two participants (any state): wars that drew in others.</param>
/// <param name="MeanWarDuration">Mean length in years (last year of any participant minus first year plus one) of counted wars.</param>
/// <param name="DyadYears">The dyad-years the onsets are divided by.</param>
public sealed record WarMoments(int Wars, double WarsPerDecade, double WarsPerDyadDecade, double MultipartyWarShare, double MeanWarDuration, double DyadYears)
{
    /// <summary>The moments of the states <paramref name="ccodes"/>, each a member throughout, over <paramref name="years"/>.</summary>
    public static WarMoments Compute(IReadOnlyList<WarParticipation> data, IReadOnlyCollection<int> ccodes, YearRange years) =>
        Compute(data, ccodes.Distinct().Select(c => new SystemMember(c, [])).ToList(), years);

    /// <summary>
    /// The moments of the system <paramref name="members"/> over <paramref name="years"/>: a participant counts for its
    /// side when its state is a member in the year it entered the war (its first start year).
    /// </summary>
    public static WarMoments Compute(IReadOnlyList<WarParticipation> data, IReadOnlyList<SystemMember> members, YearRange years)
    {
        if (members.Count < 2)
        {
            throw new InputException("--states", null, null, "", $"{members.Count} state", "at least two COW state codes");
        }

        var byCode = members.ToDictionary(m => m.CCode);
        var dyadYears = 0.0;
        for (var y = years.First; y <= years.Last; y++)
        {
            var n = members.Count(m => m.IsMember(y));
            dyadYears += n * (n - 1) / 2.0;
        }

        if (dyadYears == 0)
        {
            throw new InputException("--states", null, null, "", $"no two of the states are members in the same year of {years}", "membership years that overlap within --years");
        }

        int wars = 0, onsets = 0, multiparty = 0;
        var duration = 0.0;
        foreach (var war in data.GroupBy(p => p.WarNum).OrderBy(g => g.Key))
        {
            var start = war.Min(p => p.StartYear1);
            if (!years.Contains(start))
            {
                continue;
            }

            var side1 = Side(war, 1, byCode);
            var side2 = Side(war, 2, byCode);
            if (side1 == 0 || side2 == 0)
            {
                continue;
            }

            wars++;
            onsets += side1 * side2;
            multiparty += war.Select(p => p.CCode).Distinct().Count() > 2 ? 1 : 0;
            duration += war.Max(p => p.LastYear) - start + 1;
        }

        return new WarMoments(
            wars,
            wars * 10.0 / years.Count,
            onsets * 10.0 / dyadYears,
            wars > 0 ? (double)multiparty / wars : double.NaN,
            wars > 0 ? duration / wars : double.NaN,
            dyadYears);
    }

    private static int Side(IEnumerable<WarParticipation> war, int side, Dictionary<int, SystemMember> members) =>
        war.Where(p => p.Side == side && members.TryGetValue(p.CCode, out var m) && m.IsMember(p.StartYear1)).Select(p => p.CCode).Distinct().Count();
}
