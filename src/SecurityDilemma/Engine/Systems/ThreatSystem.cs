using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SecurityDilemma.Engine.Components;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Threat assessment (Jervis 1978; Glaser 1997). For each neighbour j of i: danger q = x (1 - pledge) / (1 + e^(l - beta w)) (the
/// chance j is dangerous, shaded by worst-case bias once through <see cref="Rules.Pessimistic"/>, times the chance the enforcer fails x,
/// less allies' pledges), its chance of winning an attack p = A / (A + theta_e DS_i), threat t = q p. State threat is 1 - prod(1 - t);
/// the defence that makes t tolerable is <see cref="Rules.RequiredDefense(double, double, double, double)"/>; a dyad is in crisis when
/// t exceeds the crisis threshold. Strike candidates are the dyads where a first-strike bound or an aggressive motive's conquest value
/// can pay. The row pass runs four dyads at a time; <see cref="AssessThreatsScalar"/> is its scalar reference, tested bit-equal.
/// </summary>
/// <remarks>Reads: Beliefs (log-odds, perceived balance), ObserverRow (apparent attack, noise, resources, target kinds), Alliances.Pledged, Leaders, Forces, Setting. Writes: Assessments.EdgeThreat/EdgeRequired, Crises.Next and the change list, ObserverRow.StruckLoses and Candidates (the observer's row only).</remarks>
internal sealed class ThreatSystem(World world) : WorldSystem(world)
{
    /// <summary>
    /// Pass 3 of <see cref="AssessmentSystem.Assess"/>, four dyads at a time: the threat each neighbour poses, the defence that would make
    /// it tolerable, crisis flags, the list of flags that changed this year and the strike candidates.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void AssessThreats(int i, int start, int degree, double ownDefense, double ownAttack, bool free, bool aggressive, ref RowAssessment row)
    {
        var k = Setting.K;
        var terms = TermsOf(i, aggressive);
        var shift = terms.Shift;
        var exposure = terms.Exposure;
        var strikeCost = terms.StrikeCost;
        var greedy = terms.Greedy;

        ref var logOdds = ref MemoryMarshal.GetArrayDataReference(Beliefs.LogOdds);
        ref var balance = ref MemoryMarshal.GetArrayDataReference(Beliefs.BalancePerceived);
        ref var invBalance = ref MemoryMarshal.GetArrayDataReference(Beliefs.InvBalancePerceived);
        ref var pledged = ref MemoryMarshal.GetArrayDataReference(Alliances.Pledged); // allies' pledges, per dyad.
        ref var edgeThreat = ref MemoryMarshal.GetArrayDataReference(Assessments.EdgeThreat); // per-dyad threat and the top threat feed alliance decisions
        ref var edgeRequired = ref MemoryMarshal.GetArrayDataReference(Assessments.EdgeRequired);
        ref var crisisNow = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(Crises.Now));
        ref var crisisNext = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(Crises.Next));
        ref var changedEdge = ref MemoryMarshal.GetArrayDataReference(Crises.ChangedEdge);
        ref var candidateRow = ref MemoryMarshal.GetArrayDataReference(Row.Candidates);
        ref var scratchAttack = ref MemoryMarshal.GetArrayDataReference(Row.ApparentAttack);
        ref var scratchP = ref MemoryMarshal.GetArrayDataReference(Row.StruckLoses);
        ref var scratchEta = ref MemoryMarshal.GetArrayDataReference(Row.Eta);
        ref var rowOffense = ref MemoryMarshal.GetArrayDataReference(Row.Offense);
        ref var rowDefense = ref MemoryMarshal.GetArrayDataReference(Row.Defense);

        var zero = Vector256<double>.Zero;
        var one = Vector256<double>.One;
        var half = Vector256.Create(0.5);
        var shiftV = Vector256.Create(shift);
        var ownDefenseV = Vector256.Create(ownDefense);
        var exposureV = Vector256.Create(exposure);
        var toleranceV = Vector256.Create(k.ThreatTolerance);
        var invToleranceV = Vector256.Create(1.0 / k.ThreatTolerance);
        var crisisThresholdV = Vector256.Create(k.CrisisThreshold);
        var strikeCostV = Vector256.Create(strikeCost - 1e-9);
        var ownAttackV = Vector256.Create(ownAttack);
        var offenseAsDefenseV = Vector256.Create(k.OffenseAsDefense);
        var laneEdgeV = Vector256.Create(0L, 1L, 2L, 3L);
        var requiredV = Vector256.Create(row.Required);
        var surviveV = one;
        var topThreatV = zero;
        var topEdgeV = Vector256.Create(-1L);
        var freeBits = free ? 0xFu : 0u;

        var gainV = Vector256.Create(terms.Gain);
        var stakeV = Vector256.Create(terms.Stake);
        var floorV = Vector256.Create(terms.Floor);
        var attackCostV = Vector256.Create(terms.AttackCost);
        var attackMarginV = Vector256.Create(-1e-9);
        var demandMarginV = Vector256.Create(-k.DemandMargin - 1e-9);
        var greedyOddsV = Vector256.Create(terms.GreedyOdds);
        var infinityV = Vector256.Create(double.PositiveInfinity);
        var requiredAttackV = infinityV;
        var rivalV = Vector256<double>.Zero; // the strongest neighbour's defending strength at the balance: what a power maximizer measures itself against
        var greedyLinkedBits = greedy ? 0xFu : 0u;
        ref var rowResources = ref MemoryMarshal.GetArrayDataReference(Row.Resources);
        ref var rowTargetKind = ref MemoryMarshal.GetArrayDataReference(Row.TargetKind);
        var changes = 0;
        var candidates = 0;

        for (var c = 0; c < degree; c += Topology.Lanes)
        {
            var e = start + c;
            var valid = LaneMasks.ValidLanes(degree - c, out var validBits);
            var apparentAttack = Vector256.LoadUnsafe(ref scratchAttack, (nuint)c);

            // Threat: the chance j is dangerous (shaded) and would win attacking i, at i's perceived balance.
            // danger = exposure / (1 + e^(l - shift)) and p = A / (A + theta DS) share one division.
            var odds = one + PortableMath.Exp(Vector256.LoadUnsafe(ref logOdds, (nuint)e) - shiftV);
            var total = apparentAttack + (Vector256.LoadUnsafe(ref balance, (nuint)e) * ownDefenseV);
            var none = Vector256.LessThanOrEqual(total, zero); // no forces on either side: the contest's convention is even odds
            total = Vector256.ConditionalSelect(none, one, total);
            // One division serves the threat and the strike bound below: 1 / (odds total strikeTotal).
            var defenseSeen = Vector256.LoadUnsafe(ref scratchEta, (nuint)c)
                              * (Vector256.LoadUnsafe(ref rowDefense, (nuint)c) + (offenseAsDefenseV * Vector256.LoadUnsafe(ref rowOffense, (nuint)c)));
            var strikeTotal = ownAttackV + (Vector256.LoadUnsafe(ref balance, (nuint)e) * defenseSeen);
            var strikePossible = Vector256.GreaterThan(strikeTotal, zero);
            strikeTotal = Vector256.ConditionalSelect(strikePossible, strikeTotal, one);
            var oddsTotal = odds * total;
            var reciprocal = one / (oddsTotal * strikeTotal);
            var inv = reciprocal * strikeTotal;
            var danger = exposureV * (one - Vector256.LoadUnsafe(ref pledged, (nuint)e)) * total * inv; // an ally's pledge.
            var p = Vector256.ConditionalSelect(none, half, apparentAttack * odds * inv);
            var threat = Vector256.ConditionalSelect(valid, Branchless.Min(danger * p, one), zero); // a probability, also after rounding
            Vector256.ConditionalSelect(valid, threat, Vector256.LoadUnsafe(ref edgeThreat, (nuint)e)).StoreUnsafe(ref edgeThreat, (nuint)e);
            p.StoreUnsafe(ref scratchP, (nuint)c);
            surviveV *= one - threat;

            // The running maximum per lane (the first edge reaching it); the lanes are combined after the loop.
            var higher = Vector256.GreaterThan(threat, topThreatV).AsInt64();
            topEdgeV = Vector256.ConditionalSelect(higher, Vector256.Create((long)e) + laneEdgeV, topEdgeV);
            topThreatV = Branchless.Max(threat, topThreatV);

            // Defending strength that would bring this threat down to the tolerance.
            var need = Rules.RequiredDefense(apparentAttack, danger, toleranceV, invToleranceV * Vector256.LoadUnsafe(ref invBalance, (nuint)e));
            need = Vector256.ConditionalSelect(valid, need, zero);
            requiredV = Branchless.Max(requiredV, need);
            Vector256.ConditionalSelect(valid, need, Vector256.LoadUnsafe(ref edgeRequired, (nuint)e)).StoreUnsafe(ref edgeRequired, (nuint)e);

            // Crisis flags as four bits, written as four bytes; the edges whose flag changed this year go to the row's
            // change list (phase 2 looks only at these), appended without a branch: every lane is written, and the
            // count advances only past the changed ones.
            var crisisBits = Vector256.GreaterThan(threat, crisisThresholdV).ExtractMostSignificantBits() & validBits;
            var validBytes = LaneMasks.SpreadBits(validBits) * 0xFFu;
            ref var nextBytes = ref Unsafe.As<byte, uint>(ref Unsafe.Add(ref crisisNext, e));
            nextBytes = (LaneMasks.SpreadBits(crisisBits) & validBytes) | (nextBytes & ~validBytes);
            var changedBits = (crisisBits ^ LaneMasks.PackBytes(Unsafe.As<byte, uint>(ref Unsafe.Add(ref crisisNow, e)))) & validBits;
            ref var changedAt = ref Unsafe.Add(ref changedEdge, start + changes);
            Unsafe.Add(ref changedAt, 0) = e;
            Unsafe.Add(ref changedAt, (int)(changedBits & 1u)) = e + 1;
            Unsafe.Add(ref changedAt, BitOperations.PopCount(changedBits & 3u)) = e + 2;
            Unsafe.Add(ref changedAt, BitOperations.PopCount(changedBits & 7u)) = e + 3;
            changes += BitOperations.PopCount(changedBits);

            // Strike candidates: every dyad of an aggressive state, and crisis dyads where preemption could pay.
            // Preemption pays when threat * (p_f - p_s) > c_i + c_j (Fearon), with p_s = 1 - p here; p_f is below the
            // win probability against j's own observed defence alone (allies' support only adds to it), so that bound
            // settles most crisis dyads exactly without the full calculation (the margin covers rounding).
            var firstUpper = Vector256.ConditionalSelect(strikePossible, ownAttackV * oddsTotal * reciprocal, half);
            var strikeBits = Vector256.GreaterThan(threat * (firstUpper - (one - p)), strikeCostV).ExtractMostSignificantBits();
            var considerBits = crisisBits & freeBits & strikeBits;
            if (aggressive)
            {
                var kind = Vector256.LoadUnsafe(ref rowTargetKind, (nuint)c);
                var freeTarget = Vector256.GreaterThan(kind, zero).ExtractMostSignificantBits();
                var linked = Vector256.GreaterThan(kind, one).ExtractMostSignificantBits(); // kind 2: free with supporters
                var conquest = Branchless.Max(
                    (firstUpper * gainV * Vector256.LoadUnsafe(ref rowResources, (nuint)c)) - ((one - firstUpper) * stakeV) - attackCostV, floorV);
                var attackBits = Vector256.GreaterThan(conquest, attackMarginV).ExtractMostSignificantBits();
                var demandBits = Vector256.GreaterThan(conquest, demandMarginV).ExtractMostSignificantBits();
                considerBits |= validBits & freeTarget & (attackBits | (demandBits & ~crisisBits) | (linked & greedyLinkedBits));

                // A greedy state's requirement against a free target without supporters: observed defence (support 0)
                // times theta times the odds of the win probability it wants, exactly as ConsiderStrike computes it.
                var unlinkedFree = valid & Vector256.Equals(kind, one); // kind 1: free without supporters
                var resistance = defenseSeen * Vector256.LoadUnsafe(ref balance, (nuint)e);
                rivalV = Branchless.Max(rivalV, Vector256.ConditionalSelect(valid, resistance, zero));
                var attackNeed = resistance * greedyOddsV;
                requiredAttackV = Branchless.Min(Vector256.ConditionalSelect(unlinkedFree, attackNeed, infinityV), requiredAttackV);
            }

            ref var candidateAt = ref Unsafe.Add(ref candidateRow, candidates);
            Unsafe.Add(ref candidateAt, 0) = c;
            Unsafe.Add(ref candidateAt, (int)(considerBits & 1u)) = c + 1;
            Unsafe.Add(ref candidateAt, BitOperations.PopCount(considerBits & 3u)) = c + 2;
            Unsafe.Add(ref candidateAt, BitOperations.PopCount(considerBits & 7u)) = c + 3;
            candidates += BitOperations.PopCount(considerBits);
        }

        // Combine the lanes: the highest threat at the first edge that reaches it, the largest requirement, and the
        // chance that no neighbour attacks successfully.
        var topThreat = 0.0;
        var topEdge = -1;
        var required = row.Required;

        // (Constant lane indices: a loop over lanes would spill the vectors and index them in memory.)
        Higher(topThreatV.GetElement(0), (int)topEdgeV.GetElement(0), ref topThreat, ref topEdge);
        Higher(topThreatV.GetElement(1), (int)topEdgeV.GetElement(1), ref topThreat, ref topEdge);
        Higher(topThreatV.GetElement(2), (int)topEdgeV.GetElement(2), ref topThreat, ref topEdge);
        Higher(topThreatV.GetElement(3), (int)topEdgeV.GetElement(3), ref topThreat, ref topEdge);
        required = Branchless.Max(Branchless.Max(Branchless.Max(Branchless.Max(required, requiredV.GetElement(0)), requiredV.GetElement(1)), requiredV.GetElement(2)), requiredV.GetElement(3));
        var requiredAttack = greedy
            ? Branchless.Min(requiredAttackV.GetElement(3), Branchless.Min(requiredAttackV.GetElement(2), Branchless.Min(requiredAttackV.GetElement(1), Branchless.Min(requiredAttackV.GetElement(0), double.PositiveInfinity))))
            : double.PositiveInfinity;

        row.RequiredAttack = requiredAttack;
        row.Rival = Branchless.Max(Branchless.Max(rivalV.GetElement(0), rivalV.GetElement(1)), Branchless.Max(rivalV.GetElement(2), rivalV.GetElement(3)));
        row.Survive = surviveV.GetElement(0) * surviveV.GetElement(1) * surviveV.GetElement(2) * surviveV.GetElement(3);
        row.TopThreat = topThreat;
        row.TopEdge = topEdge;
        row.Required = required;
        row.Changes = changes;
        row.Candidates = candidates;
    }

    /// <summary>The observer's terms for its whole row: the worst-case shift, its exposure, the bound below which no strike can
    /// pay, and an aggressive state's conquest terms.</summary>
    private RowTerms TermsOf(int i, bool aggressive)
    {
        var k = Setting.K;
        var w = Leaders.WorstCase[i];
        var shift = k.WorstCaseShift * w;

        // Exposure: the chance the enforcer (if any) does not protect, as the leader weighs it. In the graded dynamics the
        // worst-case shift applies to it as to the danger (Rules.Pessimistic; 1 without an enforcer).
        var exposure = Setting.Graded ? Rules.Pessimistic(1.0 - (k.EnforcerProtection * Setting.EnforcerStrength), shift)
            : Setting.Scenario.Hierarchy ? 1.0 - (k.EnforcerProtection * (1.0 - w)) : 1.0;

        // The least the costs of war can be in any crisis (both sides' private costs at the bottom of their range):
        // below this bound preemption cannot pay whatever the draws, so those dyads are settled here.
        var lowCost = k.WarCost * (1.0 - Setting.CostSpread);
        var greedy = aggressive && Leaders.Motive[i] == Motive.Greedy;

        // An aggressive state's conquest value per target is bounded above by its value at the win probability bound
        // (it is linear in p, and 0 <= p_f <= that bound), so targets where neither an attack, a demand nor (for a greedy
        // state) supporters can matter are settled here; see StrikeSystem for the rules themselves.
        var stake = k.ConquestShare * (1.0 - Setting.EnforcerStrength);
        var conquestValue = greedy ? k.GreedyConquestValue : k.PowerMaximizerConquestValue;
        var attackCost = (lowCost * Leaders.RiskFactor(i)) + Forces.Weariness[i] + (Setting.EnforcerStrength * k.EnforcerPenalty);
        return new RowTerms
        {
            Shift = shift,
            Exposure = exposure,
            StrikeCost = (lowCost * (1.0 + Leaders.RiskFactor(i))) + Forces.Weariness[i] + (Setting.EnforcerStrength * k.EnforcerPenalty),
            Greedy = greedy,
            Stake = stake,
            Gain = stake * conquestValue * Forces.InvResources[i],
            Floor = -stake - attackCost,
            AttackCost = attackCost,
            GreedyOdds = k.GreedyTargetWinProbability / (1.0 - k.GreedyTargetWinProbability),
        };
    }

    /// <summary>
    /// The scalar reference of <see cref="AssessThreats"/>: the same assessment, one dyad at a time. Where the vector pass keeps a
    /// running result per lane (survival, the top threat, the requirements, the rival) this keeps one per lane too (dyad 4m + k in
    /// lane k) and combines them in the same order, so every result is bit for bit the vector pass's.
    /// </summary>
    internal void AssessThreatsScalar(int i, int start, int degree, double ownDefense, double ownAttack, bool free, bool aggressive, ref RowAssessment row)
    {
        var k = Setting.K;
        var terms = TermsOf(i, aggressive);
        var tolerance = k.ThreatTolerance;
        var invTolerance = 1.0 / k.ThreatTolerance;
        Span<double> survive = [1.0, 1.0, 1.0, 1.0];
        Span<double> topThreatLane = [0.0, 0.0, 0.0, 0.0];
        Span<int> topEdgeLane = [-1, -1, -1, -1];
        Span<double> requiredLane = [row.Required, row.Required, row.Required, row.Required];
        Span<double> rivalLane = [0.0, 0.0, 0.0, 0.0];
        Span<double> requiredAttackLane = [double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity];
        var changes = 0;
        var candidates = 0;
        for (var c = 0; c < degree; c++)
        {
            var e = start + c;
            var lane = c % Topology.Lanes;
            var apparentAttack = Row.ApparentAttack[c];
            var theta = Beliefs.BalancePerceived[e];
            var odds = 1.0 + PortableMath.Exp(Vector256.Create(Beliefs.LogOdds[e] - terms.Shift)).ToScalar();
            var total = apparentAttack + (theta * ownDefense);
            var none = total <= 0.0;
            total = none ? 1.0 : total;
            var defenseSeen = Row.Eta[c] * (Row.Defense[c] + (k.OffenseAsDefense * Row.Offense[c]));
            var strikeTotal = ownAttack + (theta * defenseSeen);
            var strikePossible = strikeTotal > 0.0;
            strikeTotal = strikePossible ? strikeTotal : 1.0;
            var oddsTotal = odds * total;
            var reciprocal = 1.0 / (oddsTotal * strikeTotal);
            var inv = reciprocal * strikeTotal;
            var danger = terms.Exposure * (1.0 - Alliances.Pledged[e]) * total * inv;
            var p = none ? 0.5 : apparentAttack * odds * inv;
            var threat = Branchless.Min(danger * p, 1.0);
            Assessments.EdgeThreat[e] = threat;
            Row.StruckLoses[c] = p;
            survive[lane] *= 1.0 - threat;
            if (threat > topThreatLane[lane])
            {
                topEdgeLane[lane] = e;
            }

            topThreatLane[lane] = Branchless.Max(threat, topThreatLane[lane]);
            var need = Rules.RequiredDefense(apparentAttack, danger, tolerance, invTolerance * Beliefs.InvBalancePerceived[e]);
            requiredLane[lane] = Branchless.Max(requiredLane[lane], need);
            Assessments.EdgeRequired[e] = need;

            var crisis = threat > k.CrisisThreshold;
            Crises.Next[e] = crisis;
            if (crisis != Crises.Now[e])
            {
                Crises.ChangedEdge[start + changes++] = e;
            }

            var firstUpper = strikePossible ? ownAttack * oddsTotal * reciprocal : 0.5;
            var consider = crisis && free && threat * (firstUpper - (1.0 - p)) > terms.StrikeCost - 1e-9;
            if (aggressive)
            {
                var kind = Row.TargetKind[c];
                var conquest = Branchless.Max((firstUpper * terms.Gain * Row.Resources[c]) - ((1.0 - firstUpper) * terms.Stake) - terms.AttackCost, terms.Floor);
                var attack = conquest > -1e-9;
                var demand = conquest > -k.DemandMargin - 1e-9;
                consider |= kind > 0.0 && (attack || (demand && !crisis) || (kind > 1.0 && terms.Greedy));
                var resistance = defenseSeen * theta;
                rivalLane[lane] = Branchless.Max(rivalLane[lane], resistance);
                requiredAttackLane[lane] = Branchless.Min(kind == 1.0 ? resistance * terms.GreedyOdds : double.PositiveInfinity, requiredAttackLane[lane]);
            }

            if (consider)
            {
                Row.Candidates[candidates++] = c;
            }
        }

        var topThreat = 0.0;
        var topEdge = -1;
        for (var lane = 0; lane < Topology.Lanes; lane++)
        {
            Higher(topThreatLane[lane], topEdgeLane[lane], ref topThreat, ref topEdge);
        }

        row.RequiredAttack = terms.Greedy
            ? Branchless.Min(requiredAttackLane[3], Branchless.Min(requiredAttackLane[2], Branchless.Min(requiredAttackLane[1], Branchless.Min(requiredAttackLane[0], double.PositiveInfinity))))
            : double.PositiveInfinity;
        row.Rival = Branchless.Max(Branchless.Max(rivalLane[0], rivalLane[1]), Branchless.Max(rivalLane[2], rivalLane[3]));
        row.Survive = survive[0] * survive[1] * survive[2] * survive[3];
        row.TopThreat = topThreat;
        row.TopEdge = topEdge;
        row.Required = Branchless.Max(Branchless.Max(Branchless.Max(Branchless.Max(row.Required, requiredLane[0]), requiredLane[1]), requiredLane[2]), requiredLane[3]);
        row.Changes = changes;
        row.Candidates = candidates;
    }

    /// <summary>What an observer's row pass needs of the observer: computed once per row.</summary>
    private struct RowTerms
    {
        public double Shift;
        public double Exposure;
        public double StrikeCost;
        public bool Greedy;
        public double Stake;
        public double Gain;
        public double Floor;
        public double AttackCost;
        public double GreedyOdds;
    }

    /// <summary>
    /// The requirement without the most demanding neighbour (what another state models when it asks how much of this state's
    /// arming is a response to itself), and that neighbour's edge; -1 when the prudent floor decides.
    /// </summary>
    internal void RecordRequirementWithoutTop(int i, int start, int degree, double floor, double required)
    {
        var best = floor;
        var second = floor;
        var bestEdge = -1;
        for (var e = start; e < start + degree; e++)
        {
            var v = Assessments.EdgeRequired[e];
            if (v > best)
            {
                second = best;
                best = v;
                bestEdge = e;
            }
            else if (v > second)
            {
                second = v;
            }
        }

        Assessments.SecondRequired[i] = second;
        Assessments.TopRequiredEdge[i] = best == required ? bestEdge : -1;
    }

    /// <summary>Keeps the higher threat, and of equal ones the lower edge (the first in the row).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Higher(double threat, int edge, ref double topThreat, ref int topEdge)
    {
        if (threat > topThreat || (threat == topThreat && edge >= 0 && (topEdge < 0 || edge < topEdge)))
        {
            topThreat = threat;
            topEdge = edge;
        }
    }
}
