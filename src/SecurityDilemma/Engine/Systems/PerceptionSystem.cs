using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SecurityDilemma.Engine.Components;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Observation and belief (Kydd 2005; Jervis 1976; Booth &amp; Wheeler 2008). Observer i sees j's forces through multiplicative
/// noise eta = max(1 + sigma z, 0) and distinguishability: apparent attack A = eta (O_j + a D_j), a = psi + (1 - psi)(1 - d); the signal
/// is apparent procurement per unit of GDP, s = (eta (B^O_j + a B^D_j) + sigma b z' A) / Y_j. Trust is updated in log-odds by the
/// likelihood ratio of s under the two types: graded dynamics, what each type would buy in j's position (<see cref="Rules.TypeSignals(double, double, double, double, double, double, in TypeModel)"/>,
/// with i's empathy e weighing the threat i itself poses to j); classic dynamics, fixed type means. The yearly evidence is capped at
/// +-L_max, and evidence against the relationship the observer is settled in counts only (1 - r), r its routine attachment
/// (Mitzen 2006): l' = clamp(l + (1 - r [l llr &lt; 0]) llr, +-l_max). The row pass runs four dyads at a time; <see cref="UpdateBeliefsScalar"/> is its scalar reference, tested bit-equal.
/// </summary>
/// <remarks>Reads: Forces (observed states' forces and procurement), Assessments snapshots (requirements), Beliefs.BalancePerceived, Leaders (empathy, routine, bias), MilitaryTechnology. Writes: Beliefs.LogOdds and Beliefs.Rng (the observer's row and streams), ObserverRow (the row's snapshot, apparent attack, noise).</remarks>
internal sealed class PerceptionSystem(World world) : WorldSystem(world)
{
    private readonly BudgetSystem _budget = world.BudgetSystem;

    /// <summary>
    /// Pass 1 of <see cref="AssessmentSystem.Assess"/>: the observed states' forces, procurement and 1/resources copied into row order (two
    /// block copies for a row of the complete graph), so the vector passes read everything contiguously.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GatherRow(int i, int start, int degree, bool aggressive)
    {
        if (Topology.CompleteGraph && degree >= 32)
        {
            // Row i lists every other state in order: states 0..i-1, then i+1..N-1 (block copies pay only in long rows).
            GatherComplete(Forces.Offense, Row.Offense, i);
            GatherComplete(Forces.Defense, Row.Defense, i);
            GatherComplete(Forces.BoughtOffense, Row.BoughtOffense, i);
            GatherComplete(Forces.BoughtDefense, Row.BoughtDefense, i);
            GatherComplete(Forces.InvResources, Row.InvResources, i);
            if (aggressive)
            {
                GatherComplete(Forces.Resources, Row.Resources, i);
                GatherComplete(Assessments.TargetKind, Row.TargetKind, i);
            }

            return;
        }

        ref var target = ref MemoryMarshal.GetArrayDataReference(Topology.Target);
        ref var offense = ref MemoryMarshal.GetArrayDataReference(Forces.Offense);
        ref var defense = ref MemoryMarshal.GetArrayDataReference(Forces.Defense);
        ref var boughtOffense = ref MemoryMarshal.GetArrayDataReference(Forces.BoughtOffense);
        ref var boughtDefense = ref MemoryMarshal.GetArrayDataReference(Forces.BoughtDefense);
        ref var invResources = ref MemoryMarshal.GetArrayDataReference(Forces.InvResources);
        ref var rowOffense = ref MemoryMarshal.GetArrayDataReference(Row.Offense);
        ref var rowDefense = ref MemoryMarshal.GetArrayDataReference(Row.Defense);
        ref var rowBoughtOffense = ref MemoryMarshal.GetArrayDataReference(Row.BoughtOffense);
        ref var rowBoughtDefense = ref MemoryMarshal.GetArrayDataReference(Row.BoughtDefense);
        ref var rowInvResources = ref MemoryMarshal.GetArrayDataReference(Row.InvResources);
        for (var c = 0; c < degree; c++)
        {
            var j = Unsafe.Add(ref target, start + c);
            Unsafe.Add(ref rowOffense, c) = Unsafe.Add(ref offense, j);
            Unsafe.Add(ref rowDefense, c) = Unsafe.Add(ref defense, j);
            Unsafe.Add(ref rowBoughtOffense, c) = Unsafe.Add(ref boughtOffense, j);
            Unsafe.Add(ref rowBoughtDefense, c) = Unsafe.Add(ref boughtDefense, j);
            Unsafe.Add(ref rowInvResources, c) = Unsafe.Add(ref invResources, j);
        }

        if (aggressive)
        {
            for (var c = 0; c < degree; c++)
            {
                var j = Unsafe.Add(ref target, start + c);
                Row.Resources[c] = Forces.Resources[j];
                Row.TargetKind[c] = Assessments.TargetKind[j];
            }
        }
    }

    private void GatherComplete(double[] perState, double[] row, int i)
    {
        perState.AsSpan(0, i).CopyTo(row);
        perState.AsSpan(i + 1, N - i - 1).CopyTo(row.AsSpan(i));
    }

    /// <summary>
    /// Pass 1b of <see cref="AssessmentSystem.Assess"/>: each observed state's requirement of defence last year, with and without the threat the
    /// observer itself posed to it (its most demanding neighbour's share is known from its second-highest requirement).
    /// </summary>
    private void GatherRequirements(int start, int degree)
    {
        for (var c = 0; c < degree; c++)
        {
            var e = start + c;
            var j = Topology.Target[e];
            var all = Assessments.RequiredSnapshot[j];
            Row.RequiredAll[c] = all;
            Row.RequiredWithout[c] = Assessments.TopRequiredSnapshot[j] == Topology.Reverse[e] ? Assessments.SecondSnapshot[j] : all;
        }
    }

    /// <summary>
    /// Observer <paramref name="i"/>'s observation of its row and its trust update (passes 1, 1b and 2 of
    /// <see cref="AssessmentSystem.Assess"/>). With <paramref name="scalar"/> the update runs one dyad at a time
    /// (<see cref="UpdateBeliefsScalar"/>), the reference the vector pass is tested against.
    /// </summary>
    internal void Observe(int i, int start, int degree, bool aggressive, double apparentDefenseWeight, double ownDefense, bool scalar = false)
    {
        GatherRow(i, start, degree, aggressive);
        if (Setting.Graded)
        {
            GatherRequirements(start, degree);
        }

        // Classic dynamics: good news counts less under worst-case bias. Graded: the bias enters once, in the threat assessment.
        var positiveWeight = Setting.Graded ? 1.0 : 1.0 - Leaders.WorstCase[i];
        var keep = 1.0 - Leaders.Routine[i];
        if (scalar)
        {
            UpdateBeliefsScalar(i, start, degree, apparentDefenseWeight, ownDefense, positiveWeight, keep);
        }
        else
        {
            UpdateBeliefs(i, start, degree, apparentDefenseWeight, ownDefense, positiveWeight, keep);
        }
    }

    /// <summary>
    /// Pass 2 of <see cref="AssessmentSystem.Assess"/>, four dyads at a time: observation through noise and distinguishability, and the
    /// Kydd update of trust in log-odds. Graded dynamics: against what each type would have bought in the observed state's position
    /// (<see cref="Rules.TypeSignals(Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, in TypeModel)"/>);
    /// classic: against the two types' fixed means, good news weighted by <paramref name="positiveWeight"/>. Every lane computes
    /// exactly what <see cref="UpdateBeliefsScalar"/> computes for its dyad (same operations in the same order). The per-dyad
    /// arrays are padded by one vector, so the row's last, partial vector stays inside them; its lanes past the row are written
    /// back unchanged.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void UpdateBeliefs(int i, int start, int degree, double apparentDefenseWeight, double ownDefense, double positiveWeight, double keep)
    {
        var k = Setting.K;
        var graded = Setting.Graded;
        var sd = Setting.Scenario.ObservationNoise;
        var model = graded ? TypeModelOf(i, apparentDefenseWeight, ownDefense) : default;
        // A local copy of the observer's four streams lets the JIT keep them in registers; written back below.
        var rng = Beliefs.Rng[i];
        ref var rowOffense = ref MemoryMarshal.GetArrayDataReference(Row.Offense);
        ref var rowDefense = ref MemoryMarshal.GetArrayDataReference(Row.Defense);
        ref var rowBoughtOffense = ref MemoryMarshal.GetArrayDataReference(Row.BoughtOffense);
        ref var rowBoughtDefense = ref MemoryMarshal.GetArrayDataReference(Row.BoughtDefense);
        ref var rowInvResources = ref MemoryMarshal.GetArrayDataReference(Row.InvResources);
        ref var rowRequiredAll = ref MemoryMarshal.GetArrayDataReference(Row.RequiredAll);
        ref var rowRequiredWithout = ref MemoryMarshal.GetArrayDataReference(Row.RequiredWithout);
        ref var balance = ref MemoryMarshal.GetArrayDataReference(Beliefs.BalancePerceived);
        ref var scratchAttack = ref MemoryMarshal.GetArrayDataReference(Row.ApparentAttack);
        ref var scratchEta = ref MemoryMarshal.GetArrayDataReference(Row.Eta);
        ref var logOdds = ref MemoryMarshal.GetArrayDataReference(Beliefs.LogOdds);

        var zero = Vector256<double>.Zero;
        var one = Vector256<double>.One;
        var sdV = Vector256.Create(sd);
        var weightV = Vector256.Create(apparentDefenseWeight);
        var buildUpV = Vector256.Create(sd * k.BuildUpNoise);
        var slopeV = Vector256.Create(Setting.SignalSlope);
        var midV = Vector256.Create(Setting.SignalMid);
        var maxEvidenceV = Vector256.Create(k.MaxYearlyEvidence);
        var minEvidenceV = Vector256.Create(-k.MaxYearlyEvidence);
        var positiveWeightV = Vector256.Create(positiveWeight);
        var keepV = Vector256.Create(keep);
        var maxLogOddsV = Vector256.Create(k.MaxLogOdds);
        var minLogOddsV = Vector256.Create(-k.MaxLogOdds);
        for (var c = 0; c < degree; c += Topology.Lanes)
        {
            var e = start + c;
            var offense = Vector256.LoadUnsafe(ref rowOffense, (nuint)c);
            var defense = Vector256.LoadUnsafe(ref rowDefense, (nuint)c);
            var invResources = Vector256.LoadUnsafe(ref rowInvResources, (nuint)c);

            // Observation: multiplicative noise; a defensive unit counts as apparentDefenseWeight offensive units.
            var (noise, buildUpNoise) = ObservationNoise.Pair(rng.Next());
            var eta = Branchless.Max(one + (sdV * noise), zero);
            var apparentAttack = eta * (offense + (weightV * defense));
            var signal = ((eta * (Vector256.LoadUnsafe(ref rowBoughtOffense, (nuint)c) + (weightV * Vector256.LoadUnsafe(ref rowBoughtDefense, (nuint)c))))
                          + (buildUpV * buildUpNoise * apparentAttack))
                         * invResources;

            // Kydd update in log-odds: add the log-likelihood ratio of the observed apparent offensive procurement under the
            // two types (graded: in this state's position; classic: fixed means, good news discounted by worst-case bias).
            Vector256<double> llr;
            if (graded)
            {
                var (meanSecurity, meanGreedy) = Rules.TypeSignals(
                    offense, defense, invResources,
                    Vector256.LoadUnsafe(ref rowRequiredAll, (nuint)c), Vector256.LoadUnsafe(ref rowRequiredWithout, (nuint)c),
                    Vector256.LoadUnsafe(ref balance, (nuint)e), model);
                llr = Rules.Evidence(signal, meanSecurity, meanGreedy, model.InvVariance);
                llr = Branchless.Min(Branchless.Max(llr, minEvidenceV), maxEvidenceV);
            }
            else
            {
                llr = Rules.Evidence(signal, slopeV, midV);
                llr = Branchless.Min(Branchless.Max(llr, minEvidenceV), maxEvidenceV);
                llr = Branchless.Min(llr, zero) + (positiveWeightV * Branchless.Max(llr, zero));
            }

            var before = Vector256.LoadUnsafe(ref logOdds, (nuint)e);

            // Routine attachment (Mitzen 2006): evidence against the relationship the observer is settled in (pointing away
            // from the side of 1/2 its belief is on) counts only (1 - r); evidence that confirms it counts in full. Both a
            // rivalry and a friendship sustain themselves, so the regime depends on the path (hysteresis), not only on lag.
            var against = Vector256.LessThan(before * llr, zero);
            var l = Branchless.Min(Branchless.Max(before + (Vector256.ConditionalSelect(against, keepV, one) * llr), minLogOddsV), maxLogOddsV);
            var valid = LaneMasks.ValidLanes(degree - c, out _);
            Vector256.ConditionalSelect(valid, l, before).StoreUnsafe(ref logOdds, (nuint)e);
            apparentAttack.StoreUnsafe(ref scratchAttack, (nuint)c);
            eta.StoreUnsafe(ref scratchEta, (nuint)c);
        }

        Beliefs.Rng[i] = rng;
    }

    /// <summary>
    /// The scalar reference of <see cref="UpdateBeliefs"/>: the same update, one dyad at a time. Dyad 4m + k takes lane k of the
    /// observer's m-th draw (the streams are four-lane by construction), and every operation is the vector pass's, in its order.
    /// </summary>
    private void UpdateBeliefsScalar(int i, int start, int degree, double apparentDefenseWeight, double ownDefense, double positiveWeight, double keep)
    {
        var k = Setting.K;
        var graded = Setting.Graded;
        var sd = Setting.Scenario.ObservationNoise;
        var model = graded ? TypeModelOf(i, apparentDefenseWeight, ownDefense) : default;
        var invVariance = model.InvVariance.ToScalar();
        var buildUp = sd * k.BuildUpNoise;
        var rng = Beliefs.Rng[i];
        var noise = Vector256<double>.Zero;
        var buildUpNoise = Vector256<double>.Zero;
        for (var c = 0; c < degree; c++)
        {
            var e = start + c;
            var lane = c % Topology.Lanes;
            if (lane == 0)
            {
                (noise, buildUpNoise) = ObservationNoise.Pair(rng.Next());
            }

            var offense = Row.Offense[c];
            var defense = Row.Defense[c];
            var invResources = Row.InvResources[c];
            var eta = Branchless.Max(1.0 + (sd * noise.GetElement(lane)), 0.0);
            var apparentAttack = eta * (offense + (apparentDefenseWeight * defense));
            var signal = ((eta * (Row.BoughtOffense[c] + (apparentDefenseWeight * Row.BoughtDefense[c])))
                          + (buildUp * buildUpNoise.GetElement(lane) * apparentAttack))
                         * invResources;

            double llr;
            if (graded)
            {
                var (meanSecurity, meanGreedy) = Rules.TypeSignals(offense, defense, invResources, Row.RequiredAll[c], Row.RequiredWithout[c], Beliefs.BalancePerceived[e], model);
                llr = Rules.Evidence(signal, (meanGreedy - meanSecurity) * invVariance, 0.5 * (meanSecurity + meanGreedy));
                llr = Branchless.Min(Branchless.Max(llr, -k.MaxYearlyEvidence), k.MaxYearlyEvidence);
            }
            else
            {
                llr = Rules.Evidence(signal, Setting.SignalSlope, Setting.SignalMid);
                llr = Branchless.Min(Branchless.Max(llr, -k.MaxYearlyEvidence), k.MaxYearlyEvidence);
                llr = Branchless.Min(llr, 0.0) + (positiveWeight * Branchless.Max(llr, 0.0));
            }

            var before = Beliefs.LogOdds[e];
            var weight = before * llr < 0.0 ? keep : 1.0;
            Beliefs.LogOdds[e] = Branchless.Min(Branchless.Max(before + (weight * llr), -k.MaxLogOdds), k.MaxLogOdds);
            Row.ApparentAttack[c] = apparentAttack;
            Row.Eta[c] = eta;
        }

        Beliefs.Rng[i] = rng;
    }

    /// <summary>What observer <paramref name="i"/> assumes about how each type procures (docs/model.md, "Trust").</summary>
    internal TypeModel TypeModelOf(int i, double apparentDefenseWeight, double ownDefense)
    {
        var k = Setting.K;
        var securityShare = _budget.SecuritySeekerOffenseShare(Leaders.PerceivedBalanceSpec[i] ?? Technology.Balance, Technology.Distinguishability);
        var greedyShare = k.GreedyOffenseShare;
        return new TypeModel
        {
            Empathy = Vector256.Create(Leaders.Empathy[i]),
            Adjustment = Vector256.Create(k.Adjustment),
            Decay = Vector256.Create(1.0 - k.Depreciation),
            MaxBurden = Vector256.Create(k.MaxBurden),
            OffenseAsDefense = Vector256.Create(k.OffenseAsDefense),
            DefenseAsOffense = Vector256.Create(Technology.DefenseAttack),
            InvStrengthPerUnit = Vector256.Create(1.0 / (1.0 - securityShare + (k.OffenseAsDefense * securityShare))),
            SecurityApparentShare = Vector256.Create(securityShare + (apparentDefenseWeight * (1.0 - securityShare))),
            GreedyApparentShare = Vector256.Create(greedyShare + (apparentDefenseWeight * (1.0 - greedyShare))),
            OwnDefenseTimesOdds = Vector256.Create(ownDefense * k.GreedyTargetWinProbability / (1.0 - k.GreedyTargetWinProbability)),
            InvVariance = Vector256.Create(1.0 / (k.SignalSd * k.SignalSd)),
        };
    }
}
