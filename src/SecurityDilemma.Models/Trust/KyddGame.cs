using SecurityDilemma.Models.Games;

namespace SecurityDilemma.Models.Trust;

/// <summary>
/// Kydd's (2005, ch. 2) security dilemma game: mutual cooperation pays 1, mutual defection 0, being
/// exploited -c, exploiting t_i (private: t_i &lt; 1 a trustworthy type, t_i &gt; 1 an untrustworthy one).
/// </summary>
public static class KyddGame
{
    /// <summary>Player i's payoffs (own move first) for cost <paramref name="cost"/> and temptation <paramref name="temptation"/>.</summary>
    public static PlayerPayoffs Payoffs(double cost, double temptation)
    {
        Validate(cost, temptation);
        return new PlayerPayoffs(CC: 1, CD: -cost, DC: temptation, DD: 0);
    }

    /// <summary>True when a player with temptation t_i prefers mutual cooperation to exploiting (t_i &lt; 1).</summary>
    public static bool IsTrustworthy(double temptation) => temptation < 1;

    /// <summary>
    /// The trust pi_j (probability that j cooperates) at and above which a trustworthy player i cooperates:
    /// c / (1 + c - t_i) (Kydd 2005, ch. 2).
    /// </summary>
    /// <remarks>
    /// i cooperates iff pi*1 + (1 - pi)(-c) &gt;= pi*t_i + (1 - pi)*0, i.e. pi(1 + c - t_i) &gt;= c. Higher fear of
    /// exploitation (c) or greed (t_i) raises the trust needed. For an untrustworthy type (t_i &gt;= 1) the value is
    /// at least 1: defection is dominant and it never strictly prefers to cooperate.
    /// </remarks>
    public static double CooperationThreshold(double cost, double temptation)
    {
        Validate(cost, temptation);
        var denominator = 1 + cost - temptation;
        return denominator <= 0 ? double.PositiveInfinity : cost / denominator;
    }

    /// <summary>True when player i (temptation t_i) cooperates given trust <paramref name="trust"/> in j.</summary>
    public static bool Cooperates(double trust, double cost, double temptation)
    {
        if (!(trust >= 0 && trust <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(trust), trust, "trust is a probability in [0, 1]");
        }

        return IsTrustworthy(temptation) && trust >= CooperationThreshold(cost, temptation);
    }

    private static void Validate(double cost, double temptation)
    {
        if (!(cost > 0) || !double.IsFinite(cost))
        {
            throw new ArgumentOutOfRangeException(nameof(cost), cost, "the cost of being exploited must be positive");
        }

        if (!(temptation >= 0) || !double.IsFinite(temptation))
        {
            throw new ArgumentOutOfRangeException(nameof(temptation), temptation, "the temptation payoff must be non-negative");
        }
    }
}
