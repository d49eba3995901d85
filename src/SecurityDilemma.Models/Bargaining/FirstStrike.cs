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
}
