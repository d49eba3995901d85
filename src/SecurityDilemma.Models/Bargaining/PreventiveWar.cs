namespace SecurityDilemma.Models.Bargaining;

/// <summary>Preventive war as a commitment problem (Fearon 1995, pp. 404-409; Powell 2006, section 3).</summary>
/// <remarks>
/// A declining state D wins a war now with probability p_now; from the next period on, for ever, with p_later &lt; p_now.
/// Payoffs are per period, discounted by delta, and a war is fought once and settles the good for ever, so D's value of
/// war now is (p_now - c_D) / (1 - delta). The rising state R cannot commit to future concessions: once power has
/// shifted it offers D only D's war value then, p_later - c_D per period. The most any peace can give D is the whole
/// good today plus that: 1 + delta (p_later - c_D) / (1 - delta). D fights iff its war value exceeds this, which
/// rearranges to Powell's condition
/// delta (p_now - p_later) &gt; (1 - delta)(1 - p_now + c_D):
/// the discounted loss of bargaining power exceeds the surplus R can hand over today. Large, fast shifts and patient
/// states make preventive war rational even though war is costly and information complete.
/// </remarks>
public static class PreventiveWar
{
    /// <summary>Whether the declining state prefers to fight now rather than accept the best peace the rising state can offer.</summary>
    public static PreventiveWarAssessment Assess(double winProbabilityNow, double winProbabilityLater, double costDeclining, double discount)
    {
        Check.Probability(winProbabilityNow, nameof(winProbabilityNow));
        Check.Probability(winProbabilityLater, nameof(winProbabilityLater));
        Check.Cost(costDeclining, nameof(costDeclining));
        if (!(discount >= 0 && discount < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(discount), discount, "a discount factor in [0, 1)");
        }

        var war = (winProbabilityNow - costDeclining) / (1 - discount);
        var peace = 1 + (discount * (winProbabilityLater - costDeclining) / (1 - discount));
        var shift = discount * (winProbabilityNow - winProbabilityLater);
        var surplus = (1 - discount) * (1 - winProbabilityNow + costDeclining);
        return new PreventiveWarAssessment(war, peace, shift, surplus, war > peace);
    }
}
