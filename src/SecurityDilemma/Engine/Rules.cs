using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using SecurityDilemma.Models.Bargaining;

namespace SecurityDilemma.Engine;

/// <summary>The engine's decision and belief rules as small pure functions, so tests check exactly what the hot loop computes
/// (the row passes call the vector forms; the scalar forms are the same code on one lane).</summary>
internal static class Rules
{
    /// <summary>
    /// Log-likelihood ratio of an observed apparent offensive procurement when the two types' procurements are normal with
    /// means <paramref name="meanSecurity"/> (m_S) and <paramref name="meanGreedy"/> (m_G) and common variance 1 / <paramref name="invVariance"/>:
    /// (m_G - m_S) / sigma^2 * ((m_S + m_G) / 2 - s) (Kydd 2005), four dyads at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Evidence(Vector256<double> signal, Vector256<double> meanSecurity, Vector256<double> meanGreedy, Vector256<double> invVariance) =>
        Evidence(signal, (meanGreedy - meanSecurity) * invVariance, Vector256.Create(0.5) * (meanSecurity + meanGreedy));

    /// <summary>
    /// What each type would have procured, as apparent offensive procurement per unit of GDP, in the observed state's position
    /// (Kydd 2005: behaviour is evidence only as far as the types would act differently; Jervis 1976, ch. 3 and Booth &amp;
    /// Wheeler 2008: an observer sees the fear its own forces cause only as far as its empathy e reaches).
    /// <code>
    /// R^   = R_without + e (R_all - R_without)                      the observed state's requirement as the observer sees it
    /// s_S  = min(lambda (R^ - (1 - delta) DS)+ / u_S / Y, b_max)     a security seeker's spending share
    /// x    = min(lambda (DS_obs theta odds(p*) - (1 - delta) AS)+ / Y, b_max - s_S)   a greedy state's extra offence against the observer
    /// m_S  = s_S (o_S + a (1 - o_S))        m_G = s_S (o_G + a (1 - o_G)) + x
    /// </code>
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<double> Security, Vector256<double> Greedy) TypeSignals(
        Vector256<double> offense,
        Vector256<double> defense,
        Vector256<double> invResources,
        Vector256<double> requiredAll,
        Vector256<double> requiredWithout,
        Vector256<double> balance,
        in TypeModel m)
    {
        var zero = Vector256<double>.Zero;
        var defendingStrength = defense + (m.OffenseAsDefense * offense);
        var attackingStrength = offense + (m.DefenseAsOffense * defense);
        var required = requiredWithout + (m.Empathy * (requiredAll - requiredWithout));
        var securitySpend = Branchless.Min(m.Adjustment * Branchless.Max(required - (m.Decay * defendingStrength), zero) * m.InvStrengthPerUnit * invResources, m.MaxBurden);
        var extra = Branchless.Min(m.Adjustment * Branchless.Max((m.OwnDefenseTimesOdds * balance) - (m.Decay * attackingStrength), zero) * invResources, m.MaxBurden - securitySpend);
        return (securitySpend * m.SecurityApparentShare, (securitySpend * m.GreedyApparentShare) + extra);
    }

    /// <summary>One dyad of <see cref="TypeSignals(Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, in TypeModel)"/>: the scalar reference.</summary>
    public static (double Security, double Greedy) TypeSignals(double offense, double defense, double invResources, double requiredAll, double requiredWithout, double balance, in TypeModel m)
    {
        var (s, g) = TypeSignals(Vector256.Create(offense), Vector256.Create(defense), Vector256.Create(invResources), Vector256.Create(requiredAll), Vector256.Create(requiredWithout), Vector256.Create(balance), m);
        return (s.ToScalar(), g.ToScalar());
    }

    /// <summary>
    /// Powell's (2006) condition for preventive war, as a margin: delta (p_now - p_later) - (1 - delta)(1 - p_now + c). Positive
    /// exactly when <c>Models.Bargaining.PreventiveWar.Assess</c> says the declining state fights (the same inequality,
    /// computed without allocating its record).
    /// </summary>
    public static double PreventiveMargin(double winNow, double winLater, double cost, double discount) =>
        (discount * (winNow - winLater)) - ((1.0 - discount) * (1.0 - winNow + cost));

    /// <summary>
    /// Worst-case thinking (Wendt 1999; Jervis 1976, ch. 3) as a leader weighs a harm of probability q: its odds raised by
    /// e^s, s = WorstCaseShift w, i.e. q' = q e^s / (1 - q + q e^s). The engine's only use of the bias: on the chance that
    /// a neighbour is dangerous and on the chance that the enforcer fails to protect.
    /// </summary>
    public static double Pessimistic(double harm, double shift)
    {
        if (harm >= 1.0)
        {
            return 1.0;
        }

        var odds = harm * Math.Exp(shift);
        return odds / (1.0 - harm + odds);
    }

    /// <summary>
    /// Chance that a war year is decisive at balance theta (Van Evera 1998: offense dominance makes wars quick and decisive,
    /// defense dominance makes them wars of attrition): d(theta) = d_1 theta^-gamma, kept within [0.05, 0.95] so no year is
    /// certain to decide a war and every war can end in victory. gamma = 0 gives the classic constant d_1.
    /// </summary>
    public static double Decisiveness(double balance, double atParity, double elasticity)
    {
        var d = elasticity == 0.0 || balance <= 0.0 ? atParity : atParity * Math.Pow(balance, -elasticity);
        return d < 0.05 ? 0.05 : d > 0.95 ? 0.95 : d;
    }

    /// <summary>
    /// A side's private cost of war in one crisis (Fearon 1995): c (1 + s (2u - 1)) for a uniform draw u, mean c, spread s.
    /// </summary>
    public static double DrawnCost(double mean, double spread, double uniform) => mean * (1.0 + (spread * ((2.0 * uniform) - 1.0)));

    /// <summary>
    /// Fearon's (1995, pp. 393-395) risk-return trade-off: a challenger with cost c_A, uncertain of the target's cost c_B, uniform
    /// on [L, H], demands p + u and the target fights iff c_B &lt; u. Maximizing (p + u) P(c_B &gt;= u) + (p - c_A) P(c_B &lt; u)
    /// gives u* = (H - c_A) / 2, clamped to [L, H]; war comes with probability (u* - L) / (H - L).
    /// </summary>
    public static double OptimalDemandMargin(double challengerCost, double low, double high) =>
        Math.Clamp(0.5 * (high - challengerCost), low, high);

    /// <summary>
    /// Log-likelihood ratio (security seeker vs greedy) of an observed apparent offensive procurement
    /// <paramref name="signal"/> when each type's procurement is normal with means m_S, m_G and common spread sigma:
    /// ln N(s; m_S, sigma) - ln N(s; m_G, sigma) = slope * (mid - s) with slope = (m_G - m_S) / sigma^2, mid = (m_S + m_G) / 2.
    /// </summary>
    /// <remarks>Adding it to the log-odds of trust is Kydd's (2005) Bayes rule mu' = mu s_S / (mu s_S + (1 - mu) s_G).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Evidence(double signal, double slope, double mid) =>
        Evidence(Vector256.Create(signal), Vector256.Create(slope), Vector256.Create(mid)).ToScalar();

    /// <summary><see cref="Evidence(double, double, double)"/> four dyads at a time, as the engine's row pass calls it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Evidence(Vector256<double> signal, Vector256<double> slope, Vector256<double> mid) => slope * (mid - signal);

    /// <summary>
    /// Defending strength that brings the threat danger * p (p = A / (A + theta DS), the contest function) down to
    /// <paramref name="tolerance"/>: DS = A (danger - t) / (t theta); zero when the danger alone is tolerable.
    /// <paramref name="invToleranceTimesInvBalance"/> is 1 / (t theta), passed precomputed so the hot loop does not divide.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RequiredDefense(double apparentAttack, double danger, double tolerance, double invToleranceTimesInvBalance) =>
        RequiredDefense(Vector256.Create(apparentAttack), Vector256.Create(danger), Vector256.Create(tolerance), Vector256.Create(invToleranceTimesInvBalance)).ToScalar();

    /// <summary><see cref="RequiredDefense(double, double, double, double)"/> four dyads at a time, as the engine's row pass calls it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> RequiredDefense(Vector256<double> apparentAttack, Vector256<double> danger, Vector256<double> tolerance, Vector256<double> invToleranceTimesInvBalance) =>
        apparentAttack * Branchless.Max(danger - tolerance, Vector256<double>.Zero) * invToleranceTimesInvBalance;

    /// <summary>
    /// Whether striking first pays (Fearon 1995): no self-enforcing peace exists when the expected first-strike
    /// advantage, belief * (p_f - p_s), exceeds the costs of war c_i + c_j.
    /// </summary>
    public static bool PreemptionPays(double winStrikingFirst, double winStruckFirst, double belief, double ownCost, double otherCost) =>
        !FirstStrike.PeaceIsSelfEnforcing(winStruckFirst + (belief * (winStrikingFirst - winStruckFirst)), winStruckFirst, ownCost, otherCost);

    /// <summary>
    /// Expected value of attacking, per unit of the attacker's resources: win with p and take tau of the target's
    /// resources (valued at v), lose with 1 - p and give up tau of one's own, and pay the costs of war.
    /// </summary>
    public static double AttackValue(double winProbability, double resourceRatio, double conquestShare, double conquestValue, double cost) =>
        (winProbability * conquestShare * conquestValue * resourceRatio) - ((1.0 - winProbability) * conquestShare) - cost;
}
