using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>The yearly step: phase 1 (everyone observes and decides on one snapshot), then phase 2 (everyone applies).</summary>
internal sealed partial class World
{
    /// <summary>Runs year <paramref name="year"/> (1-based).</summary>
    public void Step(int year, IRunRecorder? recorder)
    {
        ApplyTechnologyChanges(year, recorder);
        PrepareSupport(); // Issue 4: allies' expected help (World.Alliances.cs).

        // Phase 1: observation, belief update, threat assessment and decisions. Each state writes only its
        // own row of dyads and its own decision slots and reads the end-of-last-year snapshot, so the
        // order of states (or a parallel loop over them) cannot change the result.
        for (var i = 0; i < N; i++)
        {
            Assess(i);
        }

        // Issue 4 slot: alliance decisions, guarantees and crisis mobilization read phase-1 output here
        // (threats, crisis flags, intents) and may amend intents before anything is applied.
        DecideAlliances(year, recorder);

        // Phase 2: apply in a fixed order.
        UpdateCrises(year, recorder);
        for (var i = 0; i < N; i++)
        {
            Procure(i, year, recorder);
        }

        CrisisMoves(year, recorder); // Issue 4: crisis log, mobilization, backing down (World.Crises.cs).
        var firstNewWar = _warCount;
        StartWars(year, recorder);
        DrawInAllies(firstNewWar, year, recorder); // Issue 4: allies join by commitment and calculation.
        FightWars(year, recorder);

        for (var i = 0; i < N; i++)
        {
            _burdenSum += Burden[i];
        }

        _burdenCount += N;
        if (_warCount == 0)
        {
            // The spiral index compares the start with the last year of peace; a copy is cheaper than the means.
            _armsBeforeWar = MeanArmsRatio();
            Array.Copy(LogOdds, _logOddsBeforeWar, M);
        }

        if (recorder is not null)
        {
            Record(year, recorder);
        }
    }

    private void ApplyTechnologyChanges(int year, IRunRecorder? recorder)
    {
        var changes = _scenario.TechnologyChanges;
        for (var c = 0; c < changes.Count; c++)
        {
            var change = changes[c];
            if (change.Year != year)
            {
                continue;
            }

            Balance = change.OffenseDefenseBalance ?? Balance;
            Distinguishability = change.Distinguishability ?? Distinguishability;
            RefreshBalances();
            recorder?.Event(new EngineEvent(year, EventKind.TechnologyChange, [],
                $"offense_defense_balance={Balance:G4} distinguishability={Distinguishability:G4}"));
        }
    }

    /// <summary>Phase 1 for state <paramref name="i"/>: observe every state it borders, update trust, assess threat, decide.</summary>
    private void Assess(int i)
    {
        var k = _k;
        // A local copy of the observer's stream lets the JIT keep its state in registers; written back below.
        var rng = Rng[i];
        var w = WorstCase[i];
        var keep = 1.0 - Routine[i];
        var positiveWeight = 1.0 - w;

        // Worst-case reading (Wendt): ambiguous forces are read as offensive, and beliefs are shaded toward the dangerous type.
        var apparentDefenseWeight = ApparentDefenseWeight(Distinguishability * (1.0 - w));
        var shift = k.WorstCaseShift * w;
        var exposure = _scenario.Hierarchy ? 1.0 - (k.EnforcerProtection * (1.0 - w)) : 1.0;
        var sd = _scenario.ObservationNoise;
        var buildUpNoise = sd * k.BuildUpNoise;
        var slope = _signalSlope;
        var mid = _signalMid;
        var maxEvidence = k.MaxYearlyEvidence;
        var maxLogOdds = k.MaxLogOdds;
        var tolerance = k.ThreatTolerance;
        var invTolerance = 1.0 / tolerance;
        var crisisThreshold = k.CrisisThreshold;
        var ownDefense = Defense[i] + (k.OffenseAsDefense * Offense[i]) + AlliedDefense[i]; // Issue 4: allies' expected help.
        var ownAttack = Offense[i] + (k.DefenseAsOffense * Defense[i]);
        var free = WarOf[i] < 0;
        var minimumStrikeCost = (2.0 * k.WarCost) + (_scenario.Hierarchy ? k.EnforcerPenalty : 0.0);
        var aggressive = free && MotiveOf[i] != Motive.SecuritySeeker;

        var survive = 1.0;
        var required = RowStart[i + 1] > RowStart[i] ? k.PrudentDefense * Resources[i] / (PerceivedBalanceSpec[i] ?? Balance) : 0.0;
        var decision = new StrikeDecision { Edge = -1, Value = double.NegativeInfinity, RequiredAttack = double.PositiveInfinity };

        // Hot loop: array bases as refs (indices come from the CSR structure, so they are in range by construction).
        ref var offense = ref MemoryMarshal.GetArrayDataReference(Offense);
        ref var defense = ref MemoryMarshal.GetArrayDataReference(Defense);
        ref var boughtOffense = ref MemoryMarshal.GetArrayDataReference(BoughtOffense);
        ref var boughtDefense = ref MemoryMarshal.GetArrayDataReference(BoughtDefense);
        ref var invResources = ref MemoryMarshal.GetArrayDataReference(InvResources);
        ref var logOdds = ref MemoryMarshal.GetArrayDataReference(LogOdds);
        ref var balance = ref MemoryMarshal.GetArrayDataReference(BalancePerceived);
        ref var invBalance = ref MemoryMarshal.GetArrayDataReference(InvBalancePerceived);
        ref var crisisNext = ref MemoryMarshal.GetArrayDataReference(CrisisNext);
        ref var target = ref MemoryMarshal.GetArrayDataReference(Target);
        ref var pledged = ref MemoryMarshal.GetArrayDataReference(Pledged); // Issue 4: allies' pledges, per dyad.
        ref var edgeThreat = ref MemoryMarshal.GetArrayDataReference(EdgeThreat); // Issue 4: per-dyad threat and the top threat feed alliance decisions.
        var topEdge = -1;
        var topThreat = 0.0;
        ref var candidateEdge = ref MemoryMarshal.GetArrayDataReference(_candidateEdge);
        ref var candidateEta = ref MemoryMarshal.GetArrayDataReference(_candidateEta);
        ref var candidateP = ref MemoryMarshal.GetArrayDataReference(_candidateP);
        ref var candidateThreat = ref MemoryMarshal.GetArrayDataReference(_candidateThreat);
        ref var scratchExp = ref MemoryMarshal.GetArrayDataReference(_scratchExp);
        ref var scratchAttack = ref MemoryMarshal.GetArrayDataReference(_scratchAttack);
        ref var scratchEta = ref MemoryMarshal.GetArrayDataReference(_scratchEta);
        var start = RowStart[i];
        var degree = RowStart[i + 1] - start;

        // Pass 1: observe every neighbour and update trust (Kydd); keep what pass 3 needs in row-sized scratch.
        for (var c = 0; c < degree; c++)
        {
            var e = start + c;
            var j = Unsafe.Add(ref target, e);

            // Observation: multiplicative noise; a defensive unit counts as apparentDefenseWeight offensive units.
            var eta = Branchless.Max(1.0 + (sd * ObservationNoise.Standard(ref rng)), 0.0);
            var apparentAttack = eta * (Unsafe.Add(ref offense, j) + (apparentDefenseWeight * Unsafe.Add(ref defense, j)));
            var signal = ((eta * (Unsafe.Add(ref boughtOffense, j) + (apparentDefenseWeight * Unsafe.Add(ref boughtDefense, j))))
                          + (buildUpNoise * ObservationNoise.Standard(ref rng) * apparentAttack)) * Unsafe.Add(ref invResources, j);

            // Kydd update in log-odds: add the log-likelihood ratio of the observed apparent offensive procurement.
            var llr = Rules.Evidence(signal, slope, mid);
            llr = Branchless.Min(Branchless.Max(llr, -maxEvidence), maxEvidence);
            llr = Branchless.Min(llr, 0.0) + (positiveWeight * Branchless.Max(llr, 0.0));
            ref var belief = ref Unsafe.Add(ref logOdds, e);
            var l = Branchless.Min(Branchless.Max(belief + (keep * llr), -maxLogOdds), maxLogOdds);
            belief = l;

            Unsafe.Add(ref scratchExp, c) = l - shift;
            Unsafe.Add(ref scratchAttack, c) = apparentAttack;
            Unsafe.Add(ref scratchEta, c) = eta;
        }

        // Pass 2: e^(l - shift) four at a time (the scratch has room for a last partial vector; its tail is ignored).
        for (var c = 0; c < degree; c += Vector256<double>.Count)
        {
            Vector256.Exp(Vector256.LoadUnsafe(ref scratchExp, (nuint)c)).StoreUnsafe(ref scratchExp, (nuint)c);
        }

        // Pass 3: threat, the defence it calls for, crises and strike candidates.
        // It also lists the edges whose crisis flag changed this year, in the row's own region (phase 2 looks only at
        // these); a strike consideration can still raise a flag, in which case the list is redone below.
        ref var crisisNow = ref MemoryMarshal.GetArrayDataReference(Crisis);
        ref var changedEdge = ref MemoryMarshal.GetArrayDataReference(_changedEdge);
        var changes = 0;
        var candidates = 0;
        ref var warOf = ref MemoryMarshal.GetArrayDataReference(WarOf);
        var ownWar = WarOf[i];
        var atWar = ownWar >= 0;
        for (var c = 0; c < degree; c++)
        {
            var e = start + c;
            var apparentAttack = Unsafe.Add(ref scratchAttack, c);

            // Threat: the chance j is dangerous (shaded) and would win attacking i, at i's perceived balance.
            // danger = exposure / (1 + e^(l - shift)) and p = A / (A + theta DS) share one division.
            var odds = 1.0 + Unsafe.Add(ref scratchExp, c);
            var th = Unsafe.Add(ref balance, e);
            var total = apparentAttack + (th * ownDefense);
            var none = total <= 0.0; // no forces on either side: the contest's convention is even odds
            total = none ? 1.0 : total;
            var inv = 1.0 / (odds * total);
            var danger = exposure * (1.0 - Unsafe.Add(ref pledged, e)) * total * inv; // Issue 4: an ally's pledge.
            var p = none ? 0.5 : apparentAttack * odds * inv;
            var threat = danger * p;
            survive *= 1.0 - threat;
            Unsafe.Add(ref edgeThreat, e) = threat;
            // The running maximum without a branch (in a spiral the neighbours' threats are close, so a branch mispredicts).
            topEdge = threat > topThreat ? e : topEdge;
            topThreat = Branchless.Max(threat, topThreat);

            // Defending strength that would bring this threat down to the tolerance.
            var need = Rules.RequiredDefense(apparentAttack, danger, tolerance, invTolerance * Unsafe.Add(ref invBalance, e));
            required = Branchless.Max(required, need);

            // Preemption needs threat * (p_f - p_s) > c_i + c_j >= minimumStrikeCost, and p_f - p_s <= p, so
            // threat * p bounds it: most crisis dyads are settled here without the full calculation.
            // Candidates for a strike go to a scratch list without a branch (the flag is data-dependent and
            // unpredictable); they are considered after the loop.
            // Two states fighting each other are at war, not in crisis.
            var crisis = (threat > crisisThreshold) & !(atWar & (Unsafe.Add(ref warOf, Unsafe.Add(ref target, e)) == ownWar));
            Unsafe.Add(ref crisisNext, e) = crisis;
            Unsafe.Add(ref changedEdge, start + changes) = e;
            changes += crisis != Unsafe.Add(ref crisisNow, e) ? 1 : 0;
            var consider = aggressive | (crisis & free & (threat * p > minimumStrikeCost));
            Unsafe.Add(ref candidateEdge, candidates) = e;
            Unsafe.Add(ref candidateEta, candidates) = Unsafe.Add(ref scratchEta, c);
            Unsafe.Add(ref candidateP, candidates) = p;
            Unsafe.Add(ref candidateThreat, candidates) = threat;
            candidates += consider ? 1 : 0;
        }

        var raised = false;
        for (var c = 0; c < candidates; c++)
        {
            var e = _candidateEdge[c];
            var before = CrisisNext[e];
            var after = ConsiderStrike(i, e, Target[e], _candidateEta[c], _candidateP[c], _candidateThreat[c], ownAttack, before, free, ref decision);
            CrisisNext[e] = after;
            raised |= after != before;
        }

        if (raised)
        {
            changes = 0;
            for (var c = 0; c < degree; c++)
            {
                var e = start + c;
                Unsafe.Add(ref changedEdge, start + changes) = e;
                changes += Unsafe.Add(ref crisisNext, e) != Unsafe.Add(ref crisisNow, e) ? 1 : 0;
            }
        }

        _changedCount[i] = changes;
        Rng[i] = rng;
        Threat[i] = 1.0 - survive;
        TopEdge[i] = topEdge;
        TopThreat[i] = topThreat;
        RequiredDefense[i] = required;
        RequiredAttack[i] = double.IsPositiveInfinity(decision.RequiredAttack) ? 0.0 : decision.RequiredAttack;
        IntentEdge[i] = decision.Edge;
        IntentPreemptive[i] = decision.Preemptive;
        IntentValue[i] = decision.Value;
        DecideBudget(i, ownDefense, ownAttack);
    }

    /// <summary>How many offensive units an observer sees in one defensive unit, at the distinguishability it reads with.</summary>
    /// <remarks>a = psi + (1 - psi)(1 - d): at d = 1 the true attack value psi, at d = 0 a full offensive unit.</remarks>
    internal double ApparentDefenseWeight(double distinguishability) =>
        _k.DefenseAsOffense + ((1.0 - _k.DefenseAsOffense) * (1.0 - distinguishability));

    private struct StrikeDecision
    {
        public int Edge;
        public double Value;
        public bool Preemptive;
        public double RequiredAttack;
    }

    /// <summary>The rare path: preemption in a crisis (Fearon) and, for greedy states and power maximizers, attack and demands.</summary>
    /// <returns>Whether i is in crisis with j after this consideration.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ConsiderStrike(int i, int e, int j, double eta, double pStruckLoses, double strikeBelief, double ownAttack, bool crisis, bool free, ref StrikeDecision decision)
    {
        var k = _k;
        var th = BalancePerceived[e];
        var observedDefense = (eta * (Defense[j] + (k.OffenseAsDefense * Offense[j]))) + ExpectedSupport(j, i); // Issue 4: extended deterrence.
        var pFirst = Contest.WinProbability(ownAttack, observedDefense, th);
        // Wars grow out of crises: a strike is an option only once the pair was already in crisis last year.
        var r = Reverse[e];
        var targetFree = WarOf[j] < 0;
        var ripe = targetFree && (Crisis[e] || (r >= 0 && Crisis[r]));
        var penalty = _scenario.Hierarchy ? k.EnforcerPenalty : 0.0;

        if (crisis && free && ripe)
        {
            // Fearon (1995): peace is self-enforcing iff p_f - p_s <= c_i + c_j. The advantage is weighted by
            // i's belief that j will strike (j dangerous and able to win: the perceived threat), and the
            // enforcer's penalty adds to i's cost under hierarchy.
            var pSecond = 1.0 - pStruckLoses;
            var ownCost = k.WarCost + Weariness[i] + penalty;
            if (Rules.PreemptionPays(pFirst, pSecond, strikeBelief, ownCost, k.WarCost))
            {
                var value = (strikeBelief * (pFirst - pSecond)) - ownCost - k.WarCost;
                if (value > decision.Value)
                {
                    decision.Edge = e;
                    decision.Value = value;
                    decision.Preemptive = true;
                }
            }
        }

        if (MotiveOf[i] != Motive.SecuritySeeker && free && targetFree)
        {
            var motive = MotiveOf[i];
            var value = motive == Motive.Greedy ? k.GreedyConquestValue : k.PowerMaximizerConquestValue;
            var ratio = Resources[j] * InvResources[i];
            // Under hierarchy the enforcer takes the aggressor's gains and ends the war: only the costs remain.
            var stake = _scenario.Hierarchy ? 0.0 : k.ConquestShare;
            var eu = Rules.AttackValue(pFirst, ratio, stake, value, k.WarCost + Weariness[i] + penalty);
            if (ripe && eu > 0.0 && eu > decision.Value)
            {
                decision.Edge = e;
                decision.Value = eu;
                decision.Preemptive = false;
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

    /// <summary>A security seeker's offensive share of procurement (docs/model.md, "Procurement").</summary>
    /// <remarks>o = 1 / (1 + theta_p^2) * (1 - rho d): offense when the leader believes offense dominates, defense
    /// (readable restraint) when it believes defense dominates and distinguishability lets others read it.</remarks>
    internal double SecuritySeekerOffenseShare(double perceivedBalance, double distinguishability) =>
        1.0 / (1.0 + (perceivedBalance * perceivedBalance)) * (1.0 - (_k.SignallingPreference * distinguishability));

    private void DecideBudget(int i, double ownDefense, double ownAttack)
    {
        var k = _k;
        var decay = 1.0 - k.Depreciation;
        double burden, off;
        if (WarOf[i] >= 0)
        {
            burden = k.MaxBurden;
            off = OffenseShare[i];
        }
        else
        {
            switch (MotiveOf[i])
            {
                case Motive.Greedy:
                    {
                        var spendDefense = Math.Max(0.0, RequiredDefense[i] - (decay * ownDefense)) * k.Adjustment;
                        var spendOffense = Math.Max(0.0, RequiredAttack[i] - (decay * ownAttack)) * k.Adjustment;
                        var spend = spendDefense + spendOffense;
                        burden = spend * InvResources[i];
                        off = spend > 0.0 ? spendOffense / spend : k.GreedyOffenseShare;
                        break;
                    }

                case Motive.PowerMaximizer:
                    burden = k.PowerMaximizerBurden;
                    off = k.PowerMaximizerOffenseShare;
                    break;

                default:
                    {
                        off = SecuritySeekerOffenseShare(PerceivedBalanceSpec[i] ?? Balance, Distinguishability);
                        var gap = RequiredDefense[i] - (decay * ownDefense);
                        var strengthPerUnit = 1.0 - off + (k.OffenseAsDefense * off);
                        burden = gap > 0.0 ? k.Adjustment * gap / strengthPerUnit * InvResources[i] : 0.0;
                        break;
                    }
            }

            burden = Math.Min(Math.Min(burden, k.MaxBurden), Burden[i] + k.MaxBurdenRise);
        }

        // Routine attachment (Mitzen): posture moves only part of the way toward the new decision.
        var r = Routine[i];
        _targetBurden[i] = (r * Burden[i]) + ((1.0 - r) * burden);
        _targetOffense[i] = (r * OffenseShare[i]) + ((1.0 - r) * off);
    }

    /// <summary>Phase 2: buy forces, depreciate, grow the economy.</summary>
    private void Procure(int i, int year, IRunRecorder? recorder)
    {
        var k = _k;
        var burden = _targetBurden[i];
        var off = _targetOffense[i];
        var spend = burden * Resources[i];
        var buyOffense = off * spend;
        var decay = 1.0 - k.Depreciation;
        var o = Offense[i];
        var d = Defense[i];
        var newO = (decay * o) + buyOffense;
        var newD = (decay * d) + (spend - buyOffense);
        BoughtOffense[i] = buyOffense;
        BoughtDefense[i] = spend - buyOffense;
        Offense[i] = newO;
        Defense[i] = newD;
        Burden[i] = burden;
        OffenseShare[i] = off;
        Weariness[i] *= k.WearinessDecay;
        SetResources(i, Resources[i] * (1.0 + k.Growth - (k.BurdenDrag * burden)));

        if (recorder is not null)
        {
            RecordPosture(i, year, o + d, newO + newD, recorder);
        }
    }

    private void SetResources(int i, double value)
    {
        Resources[i] = value > 0.0 ? value : 0.0;
        InvResources[i] = value > 0.0 ? 1.0 / value : 0.0;
    }

    /// <summary>Crises per pair: a pair is in crisis while either side is; start and end are logged and counted.</summary>
    /// <remarks>Only edges whose flag changed this year can start or end a pair's crisis, so only those are visited.</remarks>
    private void UpdateCrises(int year, IRunRecorder? recorder)
    {
        for (var i = 0; i < N; i++)
        {
            var start = RowStart[i];
            for (var c = 0; c < _changedCount[i]; c++)
            {
                var e = _changedEdge[start + c];
                var j = Target[e];
                var r = Reverse[e];
                var reverseChanged = r >= 0 && CrisisNext[r] != Crisis[r];
                if (reverseChanged && j < i)
                {
                    continue; // both directions changed: the pair was handled from j's side
                }

                var now = CrisisNext[e] || (r >= 0 && CrisisNext[r]);
                var before = Crisis[e] || (r >= 0 && Crisis[r]);
                if (now && !before)
                {
                    _crisisCount++;
                    recorder?.Event(new EngineEvent(year, EventKind.CrisisStart, [Math.Min(i, j), Math.Max(i, j)],
                        $"perceived threat {Threat[i]:F2} / {Threat[j]:F2}"));
                }
                else if (!now && before)
                {
                    recorder?.Event(new EngineEvent(year, EventKind.CrisisEnd, [Math.Min(i, j), Math.Max(i, j)], "threat back below the crisis threshold"));
                }
            }
        }

        for (var i = 0; i < N; i++)
        {
            var start = RowStart[i];
            for (var c = 0; c < _changedCount[i]; c++)
            {
                var e = _changedEdge[start + c];
                Crisis[e] = CrisisNext[e];
            }
        }
    }

}
