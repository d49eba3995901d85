using System.Runtime.CompilerServices;
using SecurityDilemma.Engine.Components;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// The rare path of a crisis or an aggressive motive. Each crisis draws private war costs c = c_0 (1 + s (2u - 1)) for both sides
/// (Fearon 1995). Preemption pays iff t (p_f - p_s) > c_i + c_j (first-strike advantage weighted by the perceived threat). Prevention
/// (Powell 2006): with observed growth projected T years, i fights now iff the projected fall of its win probability, weighted by j's
/// danger, is worth more than the war's cost (<see cref="Rules.PreventiveMargin"/>). Greedy states and power maximizers value conquest
/// EU = p_f V k Y_j / Y_i - (1 - p_f) k - c and, when it pays, demand the concession that balances a larger demand against the risk that
/// j fights (Fearon's risk-return trade-off, <see cref="Rules.OptimalDemandMargin"/>); j accepts iff its private cost exceeds the margin.
/// Extended deterrence enters through the allies' support the target is expected to receive (Huth 1988).
/// </summary>
/// <remarks>Reads: Forces, Beliefs.BalancePerceived, Crises.Now, WarLog.WarOf, Leaders (motive, risk tolerance), allies' expected support. Writes: the state's StrikeDecision (its intent this year), Leaders.DecisionRng (the crisis's cost draws).</remarks>
internal sealed class StrikeSystem(World world) : WorldSystem(world)
{
    private readonly SupportSystem _support = world.SupportSystem;

    /// <summary>
    /// The rare path, in a crisis: preemption (Fearon 1995's first-strike condition), preventive war (Powell 2006) and, for greedy
    /// states and power maximizers, a demand backed by the threat of attack (Fearon's risk-return trade-off). Each side's cost of
    /// war in this crisis is private, drawn from the scenario's bargaining spread, so the same position ends in war in some
    /// crises and not in others.
    /// </summary>
    /// <returns>Whether i is in crisis with j after this consideration.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal bool ConsiderStrike(int i, int e, int j, double eta, double pStruckLoses, double strikeBelief, double ownAttack, bool crisis, bool free, ref StrikeDecision decision)
    {
        var k = Setting.K;
        var th = Beliefs.BalancePerceived[e];
        var observedDefense = (eta * (Forces.Defense[j] + (k.OffenseAsDefense * Forces.Offense[j]))) + _support.ExpectedSupport(j, i); // extended deterrence
        var pFirst = Contest.WinProbability(ownAttack, observedDefense, th);
        // Wars grow out of crises: a strike is an option only once the pair was already in crisis last year.
        var r = Topology.Reverse[e];
        var targetFree = WarLog.WarOf[j] < 0;
        var ripe = targetFree && (Crises.Now[e] || (r >= 0 && Crises.Now[r]));
        var enforcer = Setting.EnforcerStrength;
        var penalty = enforcer * k.EnforcerPenalty;

        // This crisis's private costs of war: i's own (weighed by its leader's risk tolerance) and the other side's, which i
        // does not know when it decides (Fearon 1995).
        ref var rng = ref Leaders.DecisionRng[i];
        var spread = Setting.CostSpread;
        var ownBase = Rules.DrawnCost(k.WarCost, spread, rng.NextDouble());
        var otherCost = Rules.DrawnCost(k.WarCost, spread, rng.NextDouble());
        var ownCost = (ownBase * Leaders.RiskFactor(i)) + Forces.Weariness[i] + penalty;

        if (crisis && free && ripe)
        {
            // Fearon (1995): peace is self-enforcing iff p_f - p_s <= c_i + c_j. The advantage is weighted by i's belief that
            // j will strike (j dangerous and able to win: the perceived threat).
            var pSecond = 1.0 - pStruckLoses;
            if (Rules.PreemptionPays(pFirst, pSecond, strikeBelief, ownCost, otherCost))
            {
                var value = (strikeBelief * (pFirst - pSecond)) - ownCost - otherCost;
                if (value > decision.Value)
                {
                    decision = decision with { Edge = e, Value = value, Preemptive = true, Kind = StrikeKind.Preempt };
                }
            }

            // Powell (2006): power shifting toward a state i fears. i projects both economies' observed growth; the shift it
            // weighs is the projected fall of its win probability times its belief that j is dangerous.
            var years = k.ProjectionYears;
            var ownGrowth = Math.Pow(1.0 + Forces.ObservedGrowth[i], years);
            var otherGrowth = Math.Pow(1.0 + Forces.ObservedGrowth[j], years);
            var pLater = Contest.WinProbability(ownAttack * ownGrowth, observedDefense * otherGrowth, th);
            var danger = pStruckLoses > 0.0 ? Math.Min(1.0, strikeBelief / pStruckLoses) : 0.0;
            if (Setting.Graded && pLater < pFirst)
            {
                var feared = pFirst - (danger * (pFirst - pLater));
                var value = Rules.PreventiveMargin(pFirst, feared, ownCost, k.Discount);
                if (value > 0.0 && value > decision.Value)
                {
                    decision = decision with { Edge = e, Value = value, Preemptive = false, Kind = StrikeKind.Prevent };
                }
            }
        }

        if (Leaders.Motive[i] != Motive.SecuritySeeker && free && targetFree)
        {
            var motive = Leaders.Motive[i];
            var value = motive == Motive.Greedy ? k.GreedyConquestValue : k.PowerMaximizerConquestValue;
            var ratio = Forces.Resources[j] * Forces.InvResources[i];
            // An enforcer takes the aggressor's gains as often as it acts: the expected stake shrinks with its strength.
            var stake = k.ConquestShare * (1.0 - enforcer);
            var eu = Rules.AttackValue(pFirst, ratio, stake, value, ownCost);
            if (ripe && eu > 0.0 && eu > decision.Value)
            {
                // Fearon's risk-return trade-off: i demands the concession that balances the gain from a larger demand against
                // the risk that j, whose cost it does not know, prefers to fight. j fights iff its cost is below the margin.
                var low = k.WarCost * (1.0 - spread);
                var high = k.WarCost * (1.0 + spread);
                var margin = Rules.OptimalDemandMargin(ownBase, low, high);
                var fights = !Setting.Graded || otherCost < margin || high <= low;
                decision = decision with
                {
                    Edge = e,
                    Value = eu,
                    Preemptive = false,
                    Kind = fights ? StrikeKind.Attack : StrikeKind.Demand,
                    Concession = fights ? 0.0 : margin * k.ConquestShare,
                };
            }

            crisis |= eu > -k.DemandMargin;

            if (motive == Motive.Greedy)
            {
                var odds = k.GreedyTargetWinProbability / (1.0 - k.GreedyTargetWinProbability);
                var need = observedDefense * th * odds;
                decision.RequiredAttack = need < decision.RequiredAttack ? need : decision.RequiredAttack;
            }
        }

        return crisis;
    }
}
