namespace SecurityDilemma.Engine;

/// <summary>The spiral index: how far arms rose and trust fell together over a run (docs/model.md, "spiral_index").</summary>
/// <remarks>
/// With arms level r = mean (offense + defense) / resources and mean trust mu, both taken at the start and at
/// the end of the last year before the first war (or of the run): A = (r1 - r0) / (r1 + r0) in [-1, 1] (relative
/// arms increase), B = mu0 - mu1 in [-1, 1] (trust decline). spiral_index = sqrt(A+ B+) - sqrt(A- B-), in [-1, 1]:
/// +1 is a full spiral (arms up and trust down together), -1 a full reverse spiral (arms down and trust up),
/// 0 when only one of the two moved or they moved in unrelated directions (ours).
/// </remarks>
public static class SpiralIndex
{
    /// <summary>The index from the start and end arms levels and mean trusts.</summary>
    public static double Of(double armsStart, double armsEnd, double trustStart, double trustEnd)
    {
        var sum = armsStart + armsEnd;
        var a = sum > 0.0 ? (armsEnd - armsStart) / sum : 0.0;
        var b = trustStart - trustEnd;
        return Math.Sqrt(Math.Max(a, 0.0) * Math.Max(b, 0.0)) - Math.Sqrt(Math.Max(-a, 0.0) * Math.Max(-b, 0.0));
    }
}
