using System.Runtime.CompilerServices;

namespace SecurityDilemma.Engine;

/// <summary>The alliance, deterrence and crisis rules as small pure functions, so tests check exactly what the engine computes.</summary>
internal static class AllianceRules
{
    /// <summary>
    /// How a leader's perceived balance tightens or loosens a commitment: T(theta) = 1 / theta within [min, max].
    /// </summary>
    /// <remarks>Christensen &amp; Snyder (1990): under perceived offense dominance (theta &lt; 1) an ally's defeat looks quick
    /// and catastrophic, so commitments tighten; under perceived defense dominance (theta &gt; 1) a state can afford to wait.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Tightening(double perceivedBalance, double min, double max)
    {
        var t = perceivedBalance > 0.0 ? 1.0 / perceivedBalance : max;
        return t < min ? min : t > max ? max : t;
    }

    /// <summary>Effective commitment kappa = min(1, c T(theta)) of a declared commitment <paramref name="commitment"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double EffectiveCommitment(double commitment, double tightening)
    {
        var k = commitment * tightening;
        return k > 1.0 ? 1.0 : k;
    }

    /// <summary>Willingness W = 2 p of a state with alliance propensity p (p = 0.5 is neutral).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Willingness(double propensity) => 2.0 * propensity;

    /// <summary>Chance that a side with attacking strength <paramref name="attack"/> beats one with defending strength <paramref name="defense"/> at balance theta.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double AttackerWins(double attack, double defense, double balance) => Contest.WinProbability(attack, defense, balance);

    /// <summary>
    /// Value of joining an ally's war: V = W kappa (dp S + R D) - c, where dp is the drop in the chance the ally's side loses
    /// that the joiner's forces bring, S = tau Y_ally / Y_joiner what the ally would lose per unit of the joiner's
    /// resources, R the value of honouring the commitment (Schelling 1966), D = DS_ally / (DS_ally + DS_joiner) how much
    /// the joiner depends on the ally (Snyder 1984), and c the joiner's cost of war (Fearon 1995).
    /// </summary>
    /// <remarks>The ally joins iff V &gt; 0 (Snyder 1984: the fear of abandonment against the cost of entrapment). A great
    /// power hardly depends on a small client (D near 0), so it is not dragged into the client's war for reputation alone
    /// (Waltz 1979: in bipolarity the superpowers balance by their own means).</remarks>
    public static double JoinValue(double willingness, double effectiveCommitment, double fallDrop, double stake, double reputation, double dependence, double cost) =>
        (willingness * effectiveCommitment * ((fallDrop * stake) + (reputation * dependence))) - cost;

    /// <summary>Dependence D = DS_ally / (DS_ally + DS_joiner) of a state on its ally (0.5 between equals).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Dependence(double allyStrength, double ownStrength)
    {
        var total = allyStrength + ownStrength;
        return total > 0.0 ? allyStrength / total : 0.5;
    }

    /// <summary>
    /// Chance, as a leader at perceived balance theta sees it, that a state with defending strength DS holds out alone against
    /// one with attacking strength AS: theta DS / (AS + theta DS).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Holdout(double catcherDefense, double threatAttack, double balance) =>
        1.0 - Contest.WinProbability(threatAttack, catcherDefense, balance);

    /// <summary>
    /// Buck passing (Christensen &amp; Snyder 1990; Mearsheimer 2001): a threatened state able to balance waits when another able
    /// state is likely enough to hold out alone: holdout &gt;= h + s (p - 0.5); a readier ally (higher propensity p) waits less.
    /// </summary>
    public static bool PassesBuck(double holdout, double propensity, double threshold, double propensityShift) =>
        holdout >= threshold + (propensityShift * (propensity - 0.5));

    /// <summary>
    /// Buck passing by expected value in the graded dynamics (Christensen &amp; Snyder 1990; Van Evera 1998). A state that
    /// balances fights beside the catcher for the whole war: a war year is decisive with chance d and otherwise settles with
    /// chance s, so the war lasts 1 / (d + (1 - d) s) years and costs c a year. A state that passes the buck stays out; what it
    /// risks is that the catcher falls in the war's first, decisive year, before it can react (chance d (1 - h)), after which
    /// the grown victor may take L of it later. It weighs that loss by its loss aversion lambda and its willingness W, and
    /// passes iff the risk is smaller than the war it saves:
    /// <code>lambda W d (1 - h) L &lt; c / (d + (1 - d) s)</code>
    /// with d = d(theta) the decisiveness of a war year at the state's perceived balance, h the catcher's chance of holding out
    /// alone and L the later loss (<see cref="LaterLoss"/>). Under perceived offense dominance wars are short and a catcher
    /// falls before anyone can react (d high: balance); under defense dominance a war of attrition is long and costly and the
    /// catcher holds (d low: pass the buck).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool PassesBuckByExpectedValue(double lossAversion, double willingness, double decisiveness, double settlement, double holdout, double laterLoss, double yearCost) =>
        lossAversion * willingness * decisiveness * (1.0 - holdout) * laterLoss * (decisiveness + ((1.0 - decisiveness) * settlement)) < yearCost;

    /// <summary>A threatened state seeks an ally (or gives a guarantee) when W p_threat &gt;= the threshold (Waltz 1979: balancing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SeeksAlliance(double willingness, double threat, double threshold) => willingness * threat >= threshold;

    /// <summary>
    /// Expected value of mobilizing (immediate deterrence, Huth 1988): the perceived threat falls from danger * p to
    /// danger * p' when the own defending strength grows by the surge m, valued at v per unit of threat, less the cost.
    /// p = A / (A + theta DS), p' = A / (A + theta DS (1 + m)).
    /// </summary>
    public static double MobilizationValue(double danger, double apparentAttack, double ownDefense, double balance, double surge, double value, double cost)
    {
        var before = Contest.WinProbability(apparentAttack, ownDefense, balance);
        var after = Contest.WinProbability(apparentAttack, ownDefense * (1.0 + surge), balance);
        return (danger * (before - after) * value) - cost;
    }

    /// <summary>
    /// Expected loss L, per unit of a state's resources, once an ally has fallen: the victor, grown by the conquered share,
    /// later beats the state alone at its perceived balance theta and takes the share tau of it:
    /// L = tau C(A_v (1 + tau Y_ally / Y_v), DS_own, theta), with C the contest function.
    /// </summary>
    /// <remarks>Christensen &amp; Snyder (1990): under perceived offense dominance an ally's defeat is quick and the victor
    /// dangerous (L near tau), so a state cannot afford to lose its ally; under defense dominance it can hold out alone
    /// (L small).</remarks>
    public static double LaterLoss(double victorAttack, double victorResources, double allyResources, double ownDefense, double balance, double conquestShare)
    {
        var grown = victorResources > 0.0 ? victorAttack * (1.0 + (conquestShare * allyResources / victorResources)) : victorAttack;
        return conquestShare * Contest.WinProbability(grown, ownDefense, balance);
    }

    /// <summary>
    /// Value of joining an ally's war in the graded dynamics: V = W c (dp (S + L) + R D) - cost, the classic value with the
    /// declared commitment c in place of the tightened one and the later loss L (<see cref="LaterLoss"/>) added to the stake:
    /// how tight a commitment is follows from what the ally's fall would cost at the perceived balance.
    /// </summary>
    public static double ExpectedJoinValue(double willingness, double commitment, double fallDrop, double stake, double laterLoss, double reputation, double dependence, double cost) =>
        (willingness * commitment * ((fallDrop * (stake + laterLoss)) + (reputation * dependence))) - cost;

    /// <summary>
    /// Share of a declared commitment c others expect a supporter to honour in the graded dynamics: min(1, c L / (tau / 2)),
    /// its later loss L relative to that of an even contest (tau / 2): a supporter that would lose a later war alone is
    /// expected to stand by its ally, one that could hold out is not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ExpectedCommitment(double commitment, double laterLoss, double conquestShare)
    {
        var k = conquestShare > 0.0 ? commitment * laterLoss / (0.5 * conquestShare) : commitment;
        return k > 1.0 ? 1.0 : k;
    }
}
