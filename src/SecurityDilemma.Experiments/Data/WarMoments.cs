namespace SecurityDilemma.Experiments.Data;

/// <summary>
/// The historical war moments of a set of states over a range of years, with the same definitions the calibration
/// computes from simulated runs (docs/calibration.md, "Moments"): a war counts when it starts in the range and has
/// chosen states on both sides.
/// </summary>
/// <param name="Wars">Wars that start in the range with chosen states on both sides.</param>
/// <param name="WarsPerDecade">Wars per ten years of the range.</param>
/// <param name="WarsPerDyadDecade">Dyadic war onsets (pairs of chosen states on opposite sides of a counted war) per ten dyad-years, dyad-years = n(n-1)/2 x years (the chosen states are taken to be members for the whole range).</param>
/// <param name="MultipartyWarShare">Share of counted wars with more than two participants (any state): wars that drew in others.</param>
/// <param name="MeanWarDuration">Mean length in years (last year minus first year plus one) of counted wars.</param>
public sealed record WarMoments(int Wars, double WarsPerDecade, double WarsPerDyadDecade, double MultipartyWarShare, double MeanWarDuration)
{
    /// <summary>The moments of the states <paramref name="ccodes"/> over <paramref name="years"/>.</summary>
    public static WarMoments Compute(IReadOnlyList<WarParticipation> data, IReadOnlyCollection<int> ccodes, YearRange years)
    {
        if (ccodes.Count < 2)
        {
            throw new InputException("--states", null, null, "", $"{ccodes.Count} state", "at least two COW state codes");
        }

        var chosen = ccodes.ToHashSet();
        int wars = 0, onsets = 0, multiparty = 0;
        var duration = 0.0;
        foreach (var war in data.GroupBy(p => p.WarNum).OrderBy(g => g.Key))
        {
            var start = war.Min(p => p.StartYear1);
            if (!years.Contains(start))
            {
                continue;
            }

            var side1 = war.Where(p => p.Side == 1 && chosen.Contains(p.CCode)).Select(p => p.CCode).Distinct().Count();
            var side2 = war.Where(p => p.Side == 2 && chosen.Contains(p.CCode)).Select(p => p.CCode).Distinct().Count();
            if (side1 == 0 || side2 == 0)
            {
                continue;
            }

            wars++;
            onsets += side1 * side2;
            multiparty += war.Select(p => p.CCode).Distinct().Count() > 2 ? 1 : 0;
            duration += war.Max(p => p.LastYear) - start + 1;
        }

        var n = chosen.Count;
        var dyadYears = n * (n - 1) / 2.0 * years.Count;
        return new WarMoments(
            wars,
            wars * 10.0 / years.Count,
            onsets * 10.0 / dyadYears,
            wars > 0 ? (double)multiparty / wars : double.NaN,
            wars > 0 ? duration / wars : double.NaN);
    }
}
