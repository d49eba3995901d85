using SecurityDilemma.Models.Combat;

namespace SecurityDilemma.Models.NetAssessment;

/// <summary>
/// Glaser and Kaufmann's (1998) comparative net assessment: measures the offense-defense balance and the
/// distinguishability of a <see cref="ForceStructure"/> by running the contest success function with each side's
/// best mix of weapon types, with and without each type.
/// </summary>
/// <remarks>
/// <para>Power. A budget share s_i spent on type i buys s_i B / c_i units. The attacker chooses where to strike and
/// masses its whole force there (Mearsheimer 1989); the defender holds n sectors, so of its type-i units only
/// kappa_i = 1/n + m_i (1 - 1/n) reach the sector attacked (mobility m_i: reserves moved by rail or on tracks).
/// The attacker's power is A = B_A * sum_i s_i a_i / c_i, the defender's D = B_D * sum_i s_i tau d_i kappa_i / c_i
/// (terrain tau). What mobility adds to an attack (exploiting a breakthrough) belongs in the attack value.</para>
/// <para>Best mixes. Power is linear in the shares, so each side's best mix under the caps s_i &lt;= max_i is the
/// greedy fill by power per cost (a fractional knapsack, exact for this linear program); ties go to the earlier type,
/// and types worth nothing in a mission are not bought for it.</para>
/// <para>Balance. The attacker's cost is the smallest B_A with P(A, D) &gt;= p* under the contest function
/// P = A^g / (A^g + D^g) (<see cref="ContestSuccess.WinProbability"/> with theta = 1: the structure itself is the
/// balance), found by bisection; the balance is B_A / B_D (Glaser &amp; Kaufmann 1998: the cost of the forces the
/// attacker needs to take territory over the cost of the defender's forces). In closed form it is
/// (P_D / P_A) (p* / (1 - p*))^(1/g), with P the power per budget of each best mix; a test checks the search against it.</para>
/// <para>Distinguishability. 1 - (attack power per budget of the defender's best mix) / (the attacker's best attack
/// power per budget): how much offensive capability a state buys when it buys the best defence, against the most it
/// could have bought. 1: the best defence cannot attack (Jervis 1978); 0: the best defence is the best attack.
/// docs/net-assessment.md gives the reasons for this measure and the alternatives.</para>
/// </remarks>
public static class NetAssessor
{
    private const int BisectionSteps = 2_000;

    /// <summary>Assesses <paramref name="structure"/>: balance, distinguishability, best mixes and each type's contribution.</summary>
    public static NetAssessmentResult Assess(ForceStructure structure)
    {
        Check(structure);
        var attack = BestAttack(structure);
        var defense = BestDefense(structure);
        var defenderPower = structure.DefenderBudget * defense.PowerPerBudget;
        var cost = RequiredAttackerBudget(attack.PowerPerBudget, defenderPower, structure.TargetWinProbability, structure.Decisiveness);
        var evenOdds = RequiredAttackerBudget(attack.PowerPerBudget, defenderPower, 0.5, structure.Decisiveness) / structure.DefenderBudget;
        var win = !double.IsFinite(cost) ? 0.0
            : defenderPower > 0 ? ContestSuccess.WinProbability(cost * attack.PowerPerBudget / defenderPower, 1.0, 1.0, structure.Decisiveness)
            : 1.0;

        var defenseAttackPower = 0.0;
        for (var i = 0; i < structure.Weapons.Count; i++)
        {
            defenseAttackPower += defense.Shares[i] * AttackPerCost(structure.Weapons[i]);
        }

        var types = new TypeContribution[structure.Weapons.Count];
        for (var i = 0; i < types.Length; i++)
        {
            var w = structure.Weapons[i];
            var noAttack = BestAttack(structure.WithWeapon(i, t => t with { Attack = 0 })).PowerPerBudget;
            var noDefense = BestDefense(structure.WithWeapon(i, t => t with { Defense = 0 })).PowerPerBudget;
            var without = structure with { Weapons = [.. structure.Weapons.Where((_, k) => k != i)] };
            types[i] = new TypeContribution(
                w.Name,
                AttackPerCost(w),
                DefensePerCost(structure, w),
                attack.Shares[i],
                defense.Shares[i],
                Lost(attack.PowerPerBudget, noAttack),
                Lost(defense.PowerPerBudget, noDefense),
                Balance(without));
        }

        return new NetAssessmentResult(
            structure,
            cost / structure.DefenderBudget,
            evenOdds,
            Distinguishability(attack.PowerPerBudget, defenseAttackPower),
            cost,
            win,
            attack,
            defense,
            defenseAttackPower,
            types);
    }

    /// <summary>The balance alone: the attacker's cost for the target win probability over the defender's budget.</summary>
    public static double Balance(ForceStructure structure)
    {
        Check(structure);
        var defenderPower = structure.DefenderBudget * BestDefense(structure).PowerPerBudget;
        return RequiredAttackerBudget(BestAttack(structure).PowerPerBudget, defenderPower, structure.TargetWinProbability, structure.Decisiveness)
            / structure.DefenderBudget;
    }

    /// <summary>The attacker's best mix: the greedy fill by attack / cost.</summary>
    public static ForceMix BestAttack(ForceStructure structure) => BestMix(structure, AttackPerCost);

    /// <summary>The defender's best mix: the greedy fill by defence x terrain x concentration / cost.</summary>
    public static ForceMix BestDefense(ForceStructure structure) => BestMix(structure, w => DefensePerCost(structure, w));

    /// <summary>
    /// The smallest attacker budget whose power per budget <paramref name="attackPowerPerBudget"/> wins with probability
    /// at least <paramref name="target"/> against defending power <paramref name="defenderPower"/>, by bisection on the
    /// contest function; 0 when nothing defends, +infinity when nothing can attack.
    /// </summary>
    public static double RequiredAttackerBudget(double attackPowerPerBudget, double defenderPower, double target, double decisiveness)
    {
        if (!(attackPowerPerBudget > 0))
        {
            return double.PositiveInfinity;
        }

        if (!(defenderPower > 0))
        {
            return 0.0;
        }

        // The contest function depends only on the power ratio; the defender's power is scaled to 1 so that very
        // large or small powers raised to g neither overflow nor underflow.
        var perBudget = attackPowerPerBudget / defenderPower;
        if (!double.IsFinite(perBudget) || perBudget <= 0)
        {
            return perBudget > 0 ? 0.0 : double.PositiveInfinity;
        }

        double Win(double budget) => ContestSuccess.WinProbability(budget * perBudget, 1.0, 1.0, decisiveness);

        double lo = 0, hi = 1 / perBudget;
        while (Win(hi) < target)
        {
            lo = hi;
            hi *= 2;
            if (!double.IsFinite(hi))
            {
                return double.PositiveInfinity;
            }
        }

        for (var step = 0; step < BisectionSteps; step++)
        {
            var mid = lo + ((hi - lo) / 2);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (Win(mid) >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return hi;
    }

    /// <summary>Attack power per unit of budget spent on <paramref name="w"/> (the attacker masses all of it where it strikes).</summary>
    public static double AttackPerCost(WeaponType w) => w.Attack / w.Cost;

    /// <summary>Defence power in the attacked sector per unit of budget spent on <paramref name="w"/>.</summary>
    public static double DefensePerCost(ForceStructure structure, WeaponType w) => w.Defense * structure.Terrain * structure.Concentration(w) / w.Cost;

    private static double Distinguishability(double bestAttack, double defenseAttack)
        => bestAttack > 0 ? Math.Clamp(1.0 - (defenseAttack / bestAttack), 0.0, 1.0) : 1.0;

    private static double Lost(double with, double without) => with > 0 ? Math.Clamp(1.0 - (without / with), 0.0, 1.0) : 0.0;

    private static ForceMix BestMix(ForceStructure structure, Func<WeaponType, double> perCost)
    {
        var n = structure.Weapons.Count;
        var value = new double[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            value[i] = perCost(structure.Weapons[i]);
            order[i] = i;
        }

        // A stable order: by value per cost, descending; equal values keep the structure's order.
        Array.Sort(order, (x, y) => value[x] != value[y] ? value[y].CompareTo(value[x]) : x.CompareTo(y));
        var shares = new double[n];
        var left = 1.0;
        var power = 0.0;
        foreach (var i in order)
        {
            if (left <= 0 || !(value[i] > 0))
            {
                break;
            }

            var s = Math.Min(structure.Weapons[i].MaxShare, left);
            shares[i] = s;
            power += s * value[i];
            left -= s;
        }

        return new ForceMix(shares, power);
    }

    private static void Check(ForceStructure s)
    {
        Require(s.Terrain > 0 && double.IsFinite(s.Terrain), nameof(s.Terrain), "a finite number above 0");
        Require(s.Sectors >= 1, nameof(s.Sectors), "at least 1");
        Require(s.TargetWinProbability is > 0 and < 1, nameof(s.TargetWinProbability), "strictly between 0 and 1");
        Require(s.Decisiveness > 0 && double.IsFinite(s.Decisiveness), nameof(s.Decisiveness), "a finite number above 0");
        Require(s.DefenderBudget > 0 && double.IsFinite(s.DefenderBudget), nameof(s.DefenderBudget), "a finite number above 0");
        foreach (var w in s.Weapons)
        {
            Require(w.Attack >= 0 && double.IsFinite(w.Attack), nameof(w.Attack), "a finite number of at least 0");
            Require(w.Defense >= 0 && double.IsFinite(w.Defense), nameof(w.Defense), "a finite number of at least 0");
            Require(w.Cost > 0 && double.IsFinite(w.Cost), nameof(w.Cost), "a finite number above 0");
            Require(w.Mobility is >= 0 and <= 1, nameof(w.Mobility), "in [0, 1]");
            Require(w.MaxShare is > 0 and <= 1, nameof(w.MaxShare), "in (0, 1]");
        }
    }

    private static void Require(bool ok, string name, string expected)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, $"{name} must be {expected}");
        }
    }
}
