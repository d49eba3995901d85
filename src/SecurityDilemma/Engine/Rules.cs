using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using SecurityDilemma.Models.Bargaining;

namespace SecurityDilemma.Engine;

/// <summary>The engine's decision and belief rules as small pure functions, so tests check exactly what the hot loop computes
/// (the row passes call the vector forms; the scalar forms are the same code on one lane).</summary>
internal static class Rules
{
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
