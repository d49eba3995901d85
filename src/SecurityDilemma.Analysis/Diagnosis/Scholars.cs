namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>The three scholars of the table and how well a set of findings fits each.</summary>
public static class Scholars
{
    public static IReadOnlyList<string> Names { get; } = ["butterfield", "herz", "jervis"];

    public static ScholarPosition Position(IAspect aspect, string scholar) => scholar switch
    {
        "butterfield" => aspect.Butterfield,
        "herz" => aspect.Herz,
        "jervis" => aspect.Jervis,
        _ => throw new ArgumentOutOfRangeException(nameof(scholar), scholar, "unknown scholar"),
    };

    /// <summary>For each scholar: decided aspects on which the scholar takes a position, and how many of them the verdict matches.</summary>
    public static IReadOnlyList<ScholarFit> Fit(IReadOnlyList<AspectFinding> findings)
        => [.. Names.Select(s =>
        {
            var compared = findings.Where(f => f.Verdict != Verdicts.Undecided && PositionOf(f, s).Verdict is not null).ToList();
            return new ScholarFit(s, compared.Count(f => f.Fits.Contains(s)), compared.Count);
        })];

    /// <summary>The scholars with the most matching aspects (several on a tie; none when nothing was decided).</summary>
    public static IReadOnlyList<string> Best(IReadOnlyList<ScholarFit> fits)
    {
        var max = fits.Max(f => f.Matches);
        return max == 0 ? [] : [.. fits.Where(f => f.Matches == max).Select(f => f.Scholar)];
    }

    private static ScholarPosition PositionOf(AspectFinding f, string scholar) => scholar switch
    {
        "butterfield" => f.Butterfield,
        "herz" => f.Herz,
        _ => f.Jervis,
    };
}

/// <summary>How many decided aspects match a scholar's positions, out of those compared.</summary>
public sealed record ScholarFit(string Scholar, int Matches, int Compared);
