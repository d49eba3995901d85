namespace SecurityDilemma.Models.Games;

/// <summary>
/// Generates a symmetric 2x2 security game from an offense-defense balance and a distinguishability
/// (our formalization of Jervis 1978; docs/formal-models.md explains each term).
/// </summary>
/// <remarks>
/// C is restraint (a defensive posture), D is offensive arming. With w = 1 / (1 + balance), the attacker's
/// win probability at equal forces under the contest success function, and o = 2w - 1 in (-1, 1), the offense
/// advantage:
/// <list type="bullet">
/// <item>CC = 1: mutual restraint keeps the status quo (normalization).</item>
/// <item>DC = 1 + Stake * o: arming and attacking a restrained state wins the stake with probability w and loses it
/// otherwise; the temptation DC - CC grows with offense advantage and is positive iff offense has the advantage.</item>
/// <item>DD = 1 - ArmsCost - WarRisk * w: a mutual offensive race costs arms and risks a (preemptive) war whose
/// likelihood grows with the first-strike advantage w.</item>
/// <item>CD = DD - Surprise * 2w * (1 - 2d): a restrained state facing an armer sees it coming with probability d
/// (distinguishability) and answers with cheap, non-threatening defense, doing better than in a race by
/// Surprise * 2w; otherwise it is caught unprepared and does worse by the same amount. The sucker's loss
/// DD - CD grows with offense advantage and changes sign at d = 0.5.</item>
/// </list>
/// So the temptation's sign is set by the balance (boundary 1) and the sucker's loss's sign by
/// distinguishability (boundary 0.5), and Jervis's worlds come out: offense + indistinguishable gives a
/// Prisoner's Dilemma, defense + indistinguishable a Stag Hunt, offense + distinguishable Chicken, defense +
/// distinguishable Harmony. <c>WarRisk &gt;= 2 Surprise</c> keeps CC &gt; CD, which Chicken needs.
/// </remarks>
public sealed record OffenseDefenseMapping(double Stake = 0.5, double ArmsCost = 0.1, double WarRisk = 0.8, double Surprise = 0.4)
{
    /// <summary>The documented default coefficients.</summary>
    public static OffenseDefenseMapping Default { get; } = new();

    /// <summary>The attacker's win probability at equal forces, w = 1 / (1 + balance) (CSF with decisiveness 1).</summary>
    public static double AttackerWinProbability(double balance) => Combat.ContestSuccess.WinProbability(1, 1, balance);

    /// <summary>The offense advantage o = 2w - 1 = (1 - balance) / (1 + balance): positive when offense has the advantage.</summary>
    public static double OffenseAdvantage(double balance) => (2 * AttackerWinProbability(balance)) - 1;

    /// <summary>The payoffs of each player in the generated symmetric game.</summary>
    public PlayerPayoffs Payoffs(double balance, double distinguishability)
    {
        Validate(balance, distinguishability);
        if (!(Stake > 0 && ArmsCost > 0 && Surprise > 0 && WarRisk >= 2 * Surprise))
        {
            throw new InvalidOperationException("mapping coefficients must be positive with WarRisk >= 2 * Surprise");
        }

        var w = AttackerWinProbability(balance);
        var o = (2 * w) - 1;
        var cc = 1.0;
        var dc = 1 + (Stake * o);
        var dd = 1 - ArmsCost - (WarRisk * w);
        var cd = dd - (Surprise * 2 * w * (1 - (2 * distinguishability)));
        return new PlayerPayoffs(cc, cd, dc, dd);
    }

    /// <summary>The symmetric game for <paramref name="balance"/> and <paramref name="distinguishability"/>.</summary>
    public TwoByTwoGame Game(double balance, double distinguishability) => TwoByTwoGame.Symmetric(Payoffs(balance, distinguishability));

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless balance &gt; 0 and 0 &lt;= distinguishability &lt;= 1.</summary>
    public static void Validate(double balance, double distinguishability)
    {
        if (!(balance > 0) || !double.IsFinite(balance))
        {
            throw new ArgumentOutOfRangeException(nameof(balance), balance, "the offense-defense balance must be a positive number");
        }

        if (!(distinguishability >= 0 && distinguishability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(distinguishability), distinguishability, "distinguishability must be in [0, 1]");
        }
    }
}
