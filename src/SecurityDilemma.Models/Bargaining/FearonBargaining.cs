namespace SecurityDilemma.Models.Bargaining;

/// <summary>Fearon's (1995) bargaining model of war under complete information.</summary>
public static class FearonBargaining
{
    /// <summary>
    /// The bargaining range [p - c_A, p + c_B]: A wins with probability p, war costs A c_A and B c_B (as shares of the
    /// good), so A's war value is p - c_A and B's 1 - p - c_B. A accepts x iff x &gt;= p - c_A; B iff 1 - x &gt;= 1 - p - c_B.
    /// Because war destroys c_A + c_B &gt; 0, the range is never empty: rational states always have a deal both prefer to
    /// war (Fearon 1995, p. 388). p = 0.5 and c = 0.1 each gives [0.4, 0.6].
    /// </summary>
    public static BargainingRange Range(double winProbability, double costA, double costB)
    {
        Check.Probability(winProbability, nameof(winProbability));
        Check.Cost(costA, nameof(costA));
        Check.Cost(costB, nameof(costB));
        return new BargainingRange(winProbability - costA, winProbability + costB);
    }
}
