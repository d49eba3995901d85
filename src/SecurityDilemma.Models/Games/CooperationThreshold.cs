namespace SecurityDilemma.Models.Games;

/// <summary>
/// Jervis's (1978) cooperation threshold: the belief q* that the other cooperates above which
/// cooperating pays, q* = (DD - CD) / ((CC - DC) + (DD - CD)).
/// </summary>
/// <remarks>
/// Cooperating is a best reply iff q(CC - DC) + (1 - q)(CD - DD) &gt;= 0, i.e. q((CC - DC) + (DD - CD)) &gt;= DD - CD.
/// With a positive denominator (every Stag Hunt) that reads q &gt;= q*; a low q* means little trust is needed
/// (Jervis 1978, p. 171: cooperation is likelier the more CC and CD gain and the less DC and DD do).
/// In a Prisoner's Dilemma whose sucker's loss DD - CD exceeds its temptation DC - CC, q* &gt; 1: not even
/// certainty that the other cooperates makes cooperation rational. A negative denominator reverses the
/// inequality (Chicken). <see cref="Value"/> is null when the denominator is zero.
/// </remarks>
public sealed record CooperationThreshold(double? Value, CooperationRule Rule)
{
    /// <summary>True when some belief q in [0, 1] makes cooperation a best reply.</summary>
    public bool Attainable => Rule switch
    {
        CooperationRule.CooperateIfAtLeast => Value <= 1,
        CooperationRule.CooperateIfAtMost => Value >= 0,
        CooperationRule.AlwaysCooperate => true,
        _ => false,
    };

    /// <summary>The threshold for a player with payoffs <paramref name="u"/>.</summary>
    public static CooperationThreshold For(PlayerPayoffs u)
    {
        var numerator = u.DD - u.CD;
        var denominator = (u.CC - u.DC) + numerator;
        if (denominator > 0)
        {
            return new CooperationThreshold(numerator / denominator, CooperationRule.CooperateIfAtLeast);
        }

        if (denominator < 0)
        {
            return new CooperationThreshold(numerator / denominator, CooperationRule.CooperateIfAtMost);
        }

        // q drops out: cooperation is a best reply for all beliefs iff CD >= DD (and then CC >= DC too).
        return new CooperationThreshold(null, numerator <= 0 ? CooperationRule.AlwaysCooperate : CooperationRule.NeverCooperate);
    }

    /// <summary>True when a player who believes the other cooperates with probability <paramref name="belief"/> should cooperate.</summary>
    public bool Cooperates(double belief) => Rule switch
    {
        CooperationRule.CooperateIfAtLeast => belief >= Value,
        CooperationRule.CooperateIfAtMost => belief <= Value,
        CooperationRule.AlwaysCooperate => true,
        _ => false,
    };
}
