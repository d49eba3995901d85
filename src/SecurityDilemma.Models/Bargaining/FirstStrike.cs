namespace SecurityDilemma.Models.Bargaining;

/// <summary>Fearon's (1995) first-strike condition.</summary>
public static class FirstStrike
{
    /// <summary>
    /// A self-enforcing peace exists iff the first-strike advantage p_f - p_s is at most the summed
    /// costs of war c_A + c_B (Fearon 1995, section on preemptive war). With 0.7, 0.4, 0.1, 0.1 there is none.
    /// </summary>
    public static bool PeaceIsSelfEnforcing(double winProbabilityStrikingFirst, double winProbabilityStruckFirst, double costA, double costB)
        => winProbabilityStrikingFirst - winProbabilityStruckFirst <= costA + costB;

    /// <summary>
    /// The deals neither side wants to break by attacking: [p_f - c_A, p_s + c_B], where p_f is A's win probability
    /// if A strikes first and p_s if A is struck first (so B, striking first, wins with 1 - p_s). A will not attack iff
    /// x &gt;= p_f - c_A; B will not iff 1 - x &gt;= 1 - p_s - c_B. The range is empty exactly when
    /// <see cref="PeaceIsSelfEnforcing"/> is false.
    /// </summary>
    public static BargainingRange PeacefulRange(double winProbabilityStrikingFirst, double winProbabilityStruckFirst, double costA, double costB)
    {
        Check.Probability(winProbabilityStrikingFirst, nameof(winProbabilityStrikingFirst));
        Check.Probability(winProbabilityStruckFirst, nameof(winProbabilityStruckFirst));
        Check.Cost(costA, nameof(costA));
        Check.Cost(costB, nameof(costB));
        return new BargainingRange(winProbabilityStrikingFirst - costA, winProbabilityStruckFirst + costB);
    }
}
