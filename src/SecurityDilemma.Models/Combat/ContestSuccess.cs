namespace SecurityDilemma.Models.Combat;

/// <summary>
/// The contest success function with an offense-defense balance: the probability that an attacker
/// with force <c>m_A</c> takes territory held by a defender with force <c>m_D</c>.
/// </summary>
/// <remarks>
/// p = m_A^g / (m_A^g + (theta * m_D)^g), after Tullock (1980) with the Glaser-Kaufmann (1998)
/// cost ratio theta: the attacker needs theta units per defending unit for even odds. With theta = 3
/// the force ratio needed for p = 0.5 is 3 (the "3:1 rule"). g (decisiveness) sharpens the contest.
/// </remarks>
public static class ContestSuccess
{
    /// <summary>Attacker's win probability. Zero forces on both sides give 0.5.</summary>
    public static double WinProbability(double attackerForce, double defenderForce, double balance, double decisiveness = 1.0)
    {
        var a = Math.Pow(Math.Max(attackerForce, 0.0), decisiveness);
        var d = Math.Pow(Math.Max(balance * defenderForce, 0.0), decisiveness);
        var total = a + d;
        return total <= 0.0 ? 0.5 : a / total;
    }

    /// <summary>The attacker:defender force ratio that gives win probability <paramref name="target"/>.</summary>
    /// <remarks>Inverting the CSF: ratio = theta * (p / (1 - p))^(1/g).</remarks>
    public static double RequiredForceRatio(double target, double balance, double decisiveness = 1.0)
    {
        if (target is <= 0.0 or >= 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "a win probability strictly between 0 and 1");
        }

        return balance * Math.Pow(target / (1.0 - target), 1.0 / decisiveness);
    }
}
