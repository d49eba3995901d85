namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>One row of the diagnosis table: the model's verdict, its evidence, the three positions and who it fits.</summary>
public sealed record AspectFinding
{
    public required string Key { get; init; }

    public required string Aspect { get; init; }

    public required string Verdict { get; init; }

    public required string Evidence { get; init; }

    public required ScholarPosition Butterfield { get; init; }

    public required ScholarPosition Herz { get; init; }

    public required ScholarPosition Jervis { get; init; }

    /// <summary>The scholars whose position implies the verdict (empty when undecided or nobody's).</summary>
    public required IReadOnlyList<string> Fits { get; init; }

    /// <summary>Evaluates <paramref name="aspect"/> on <paramref name="context"/>.</summary>
    public static AspectFinding Of(IAspect aspect, DiagnosisContext context)
    {
        var (verdict, evidence) = aspect.Evaluate(context);
        return Make(aspect, verdict, evidence);
    }

    /// <summary>A finding with a verdict computed elsewhere (a sweep's points).</summary>
    public static AspectFinding Make(IAspect aspect, string verdict, string evidence) => new()
    {
        Key = aspect.Key,
        Aspect = aspect.Title,
        Verdict = verdict,
        Evidence = evidence,
        Butterfield = aspect.Butterfield,
        Herz = aspect.Herz,
        Jervis = aspect.Jervis,
        Fits = verdict == Verdicts.Undecided ? [] : [.. Scholars.Names.Where(s => Scholars.Position(aspect, s).Verdict == verdict)],
    };
}
