using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>The yearly step: phase 1 (everyone observes and decides on one snapshot), then phase 2 (everyone applies).</summary>
internal sealed partial class World
{
    /// <summary>The last year stepped (0 before the first).</summary>
    internal int YearsRun { get; private set; }

    /// <summary>Runs year <paramref name="year"/> (1-based); states in <paramref name="external"/> take the given decisions instead of their own.</summary>
    public void Step(int year, IRunRecorder? recorder, IReadOnlyDictionary<int, ExternalDecision>? external = null)
    {
        YearsRun = year;
        ApplyTechnologyChanges(year, recorder);
        ReplaceLeaders(year, recorder);

        // The snapshot of last year's requirements, which observers read when they model another state's position.
        Array.Copy(RequiredDefense, _requiredSnapshot, N);
        Array.Copy(SecondRequired, _secondSnapshot, N);
        Array.Copy(TopRequiredEdge, _topRequiredSnapshot, N);
        PrepareSupport(); // allies' expected help (World.Alliances.cs).
        for (var j = 0; j < N; j++)
        {
            _targetKind[j] = WarOf[j] >= 0 ? 0.0 : _linksIn[j] > 0 ? 2.0 : 1.0;
        }

        // Phase 1: observation, belief update, threat assessment and decisions. Each state writes only its
        // own row of dyads and its own decision slots and reads the end-of-last-year snapshot, so the
        // order of states (or a parallel loop over them) cannot change the result.
        for (var i = 0; i < N; i++)
        {
            Assess(i);
        }

        // Slot for alliances: alliance decisions, guarantees and crisis mobilization read phase-1 output here
        // (threats, crisis flags, intents) and may amend intents before anything is applied.
        DecideAlliances(year, recorder);
        if (external is { Count: > 0 })
        {
            ApplyExternal(external, year, recorder); // World.External.cs: players' choices replace their states' decisions.
        }

        // Phase 2: apply in a fixed order.
        UpdateCrises(year, recorder);
        for (var i = 0; i < N; i++)
        {
            Procure(i, year, recorder);
        }

        CrisisMoves(year, recorder); // crisis log, mobilization, backing down (World.Crises.cs).
        var firstNewWar = _warCount;
        StartWars(year, recorder);
        DrawInAllies(firstNewWar, year, recorder); // allies join by commitment and calculation.
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

    /// <summary>
    /// Leader turnover (Horowitz, Stam &amp; Ellis 2015): each year a state's leader is replaced with the scenario's probability; the
    /// new leader's worst-case bias, empathy, risk tolerance and perception of the balance are drawn around the state's values.
    /// </summary>
    private void ReplaceLeaders(int year, IRunRecorder? recorder)
    {
        var leaders = _scenario.Leaders;
        if (!Graded || leaders.Turnover <= 0.0)
        {
            return;
        }

        for (var i = 0; i < N; i++)
        {
            ref var rng = ref _decisionRng[i];
            if (rng.NextDouble() >= leaders.Turnover)
            {
                continue;
            }

            var spec = _scenario.States[i];
            WorstCase[i] = Math.Clamp(spec.WorstCaseBias + (leaders.WorstCaseBiasSpread * ((2.0 * rng.NextDouble()) - 1.0)), 0.0, 1.0);
            Empathy[i] = Math.Clamp(spec.Empathy + (leaders.EmpathySpread * ((2.0 * rng.NextDouble()) - 1.0)), 0.0, 1.0);
            RiskTolerance[i] = Math.Clamp(spec.RiskTolerance + (leaders.RiskToleranceSpread * ((2.0 * rng.NextDouble()) - 1.0)), 0.0, 1.0);
            var u = (2.0 * rng.NextDouble()) - 1.0;
            if (leaders.PerceivedBalanceSpread > 0.0)
            {
                PerceivedBalanceSpec[i] = (spec.PerceivedOffenseDefenseBalance ?? Balance) * Math.Exp(leaders.PerceivedBalanceSpread * u);
                RefreshBalances(i);
            }

            recorder?.Event(new EngineEvent(year, EventKind.LeaderChange, [i],
                $"new leader in {Name(i)}: worst-case bias {WorstCase[i]:F2}, empathy {Empathy[i]:F2}, risk tolerance {RiskTolerance[i]:F2}, perceived balance {PerceivedBalanceSpec[i] ?? Balance:G3}"));
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
    /// <remarks>
    /// Three passes over the observer's row: (1) the observed states' snapshot copied into row order, (2) observation
    /// (with the observer's four random streams) and Kydd update, (3) threat, required defence, crisis flags and strike
    /// candidates; passes 2 and 3 run four dyads at a time. The rare paths (strike considerations, a state at war) follow.
    /// </remarks>
    private void Assess(int i)
    {
        var k = _k;

        // Graded dynamics: what the observer can read of defensive forces depends on distinguishability alone, and worst-case
        // bias enters once, in the threat assessment (AssessThreats, through Rules.Pessimistic). Classic: the bias also
        // darkens the reading of forces.
        var w = WorstCase[i];
        var apparentDefenseWeight = ApparentDefenseWeight(Graded ? Distinguishability : Distinguishability * (1.0 - w));
        var ownDefense = Defense[i] + (k.OffenseAsDefense * Offense[i]) + AlliedDefense[i]; // allies' expected help.
        var ownAttack = Offense[i] + (DefenseAttack * Defense[i]);
        var free = WarOf[i] < 0;
        var start = RowStart[i];
        var degree = RowStart[i + 1] - start;

        var aggressive = free && MotiveOf[i] != Motive.SecuritySeeker;
        GatherRow(i, start, degree, aggressive);
        if (Graded)
        {
            GatherRequirements(start, degree);
        }
        if (Graded)
        {
            UpdateBeliefs(i, start, degree, apparentDefenseWeight, ownDefense, 1.0 - Routine[i]);
        }
        else
        {
            UpdateBeliefsClassic(i, start, degree, apparentDefenseWeight, 1.0 - w, 1.0 - Routine[i]);
        }

        var row = new RowAssessment
        {
            Required = degree > 0 ? k.PrudentDefense * Resources[i] / (PerceivedBalanceSpec[i] ?? Balance) : 0.0,
            RequiredAttack = double.PositiveInfinity,
        };
        AssessThreats(i, start, degree, ownDefense, ownAttack, free, aggressive, ref row);

        // Two states fighting each other are at war, not in crisis (only a state at war has enemies in its row).
        var ownWar = WarOf[i];
        var redo = false;
        if (ownWar >= 0)
        {
            for (var e = start; e < start + degree; e++)
            {
                if (WarOf[Target[e]] == ownWar && CrisisNext[e])
                {
                    CrisisNext[e] = false;
                    redo = true;
                }
            }
        }

        // Strike candidates: preemption in a crisis, and every dyad of an aggressive state.
        var decision = new StrikeDecision { Edge = -1, Value = double.NegativeInfinity, RequiredAttack = double.PositiveInfinity };
        for (var x = 0; x < row.Candidates; x++)
        {
            var c = _candidateRow[x];
            var e = start + c;
            var before = CrisisNext[e];
            var after = ConsiderStrike(i, e, Target[e], _scratchEta[c], _scratchP[c], EdgeThreat[e], ownAttack, before, free, ref decision);
            CrisisNext[e] = after;
            redo |= after != before;
        }

        // A greedy state's attack requirement: pass 3 took the minimum over targets without supporters; candidates the rest.
        decision.RequiredAttack = Branchless.Min(row.RequiredAttack, decision.RequiredAttack);

        if (redo)
        {
            // A flag changed after pass 3 listed the changes: list them again.
            row.Changes = 0;
            for (var e = start; e < start + degree; e++)
            {
                _changedEdge[start + row.Changes] = e;
                row.Changes += CrisisNext[e] != Crisis[e] ? 1 : 0;
            }
        }

        _changedCount[i] = row.Changes;
        RecordRequirementWithoutTop(i, start, degree, row.Required);
        Threat[i] = 1.0 - row.Survive;
        TopEdge[i] = row.TopEdge;
        TopThreat[i] = row.TopThreat;
        RequiredDefense[i] = row.Required;
        Rival[i] = row.Rival;
        RequiredAttack[i] = double.IsPositiveInfinity(decision.RequiredAttack) ? 0.0 : decision.RequiredAttack;
        IntentEdge[i] = decision.Edge;
        IntentPreemptive[i] = decision.Preemptive;
        IntentKind[i] = decision.Kind;
        IntentConcession[i] = decision.Concession;
        IntentValue[i] = decision.Value;
        DecideBudget(i, ownDefense, ownAttack);
    }

    /// <summary>
    /// The requirement without the most demanding neighbour (what another state models when it asks how much of this state's
    /// arming is a response to itself), and that neighbour's edge; -1 when the prudent floor decides.
    /// </summary>
    private void RecordRequirementWithoutTop(int i, int start, int degree, double required)
    {
        var floor = degree > 0 ? _k.PrudentDefense * Resources[i] / (PerceivedBalanceSpec[i] ?? Balance) : 0.0;
        var best = floor;
        var second = floor;
        var bestEdge = -1;
        for (var e = start; e < start + degree; e++)
        {
            var v = EdgeRequired[e];
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

        SecondRequired[i] = second;
        TopRequiredEdge[i] = best == required ? bestEdge : -1;
    }

    /// <summary>How a leader weighs its own costs of war: 1.5 - risk tolerance (face value at 0.5; Horowitz, Stam &amp; Ellis 2015).</summary>
    internal double RiskFactor(int i) => Graded ? 1.5 - RiskTolerance[i] : 1.0;

    /// <summary>The spread of private war costs (0 under the classic dynamics: costs are common knowledge).</summary>
    internal double CostSpread => Graded ? _scenario.Bargaining.CostSpread : 0.0;

    /// <summary>What pass 3 of <see cref="Assess"/> finds for one observer's row.</summary>
    private struct RowAssessment
    {
        public double Survive;
        public double TopThreat;
        public int TopEdge;
        public double Required;
        public double RequiredAttack;
        public double Rival;
        public int Changes;
        public int Candidates;
    }

    /// <summary>
    /// Pass 1 of <see cref="Assess"/>: the observed states' forces, procurement and 1/resources copied into row order (two
    /// block copies for a row of the complete graph), so the vector passes read everything contiguously.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GatherRow(int i, int start, int degree, bool aggressive)
    {
        if (_completeGraph && degree >= 32)
        {
            // Row i lists every other state in order: states 0..i-1, then i+1..N-1 (block copies pay only in long rows).
            GatherComplete(Offense, _rowOffense, i);
            GatherComplete(Defense, _rowDefense, i);
            GatherComplete(BoughtOffense, _rowBoughtOffense, i);
            GatherComplete(BoughtDefense, _rowBoughtDefense, i);
            GatherComplete(InvResources, _rowInvResources, i);
            if (aggressive)
            {
                GatherComplete(Resources, _rowResources, i);
                GatherComplete(_targetKind, _rowTargetKind, i);
            }

            return;
        }

        ref var target = ref MemoryMarshal.GetArrayDataReference(Target);
        ref var offense = ref MemoryMarshal.GetArrayDataReference(Offense);
        ref var defense = ref MemoryMarshal.GetArrayDataReference(Defense);
        ref var boughtOffense = ref MemoryMarshal.GetArrayDataReference(BoughtOffense);
        ref var boughtDefense = ref MemoryMarshal.GetArrayDataReference(BoughtDefense);
        ref var invResources = ref MemoryMarshal.GetArrayDataReference(InvResources);
        ref var rowOffense = ref MemoryMarshal.GetArrayDataReference(_rowOffense);
        ref var rowDefense = ref MemoryMarshal.GetArrayDataReference(_rowDefense);
        ref var rowBoughtOffense = ref MemoryMarshal.GetArrayDataReference(_rowBoughtOffense);
        ref var rowBoughtDefense = ref MemoryMarshal.GetArrayDataReference(_rowBoughtDefense);
        ref var rowInvResources = ref MemoryMarshal.GetArrayDataReference(_rowInvResources);
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
                _rowResources[c] = Resources[j];
                _rowTargetKind[c] = _targetKind[j];
            }
        }
    }

    private void GatherComplete(double[] perState, double[] row, int i)
    {
        perState.AsSpan(0, i).CopyTo(row);
        perState.AsSpan(i + 1, N - i - 1).CopyTo(row.AsSpan(i));
    }

    /// <summary>
    /// Pass 1b of <see cref="Assess"/>: each observed state's requirement of defence last year, with and without the threat the
    /// observer itself posed to it (its most demanding neighbour's share is known from its second-highest requirement).
    /// </summary>
    private void GatherRequirements(int start, int degree)
    {
        for (var c = 0; c < degree; c++)
        {
            var e = start + c;
            var j = Target[e];
            var all = _requiredSnapshot[j];
            _rowRequiredAll[c] = all;
            _rowRequiredWithout[c] = _topRequiredSnapshot[j] == Reverse[e] ? _secondSnapshot[j] : all;
        }
    }

    /// <summary>
    /// Pass 2 of <see cref="Assess"/>, four dyads at a time: observation through noise and distinguishability, and the
    /// Kydd update of trust in log-odds against what each type would have bought in the observed state's position
    /// (<see cref="Rules.TypeSignals(Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, Vector256{double}, in TypeModel)"/>).
    /// Every lane computes exactly what the scalar rule computes (same operations in the same order). The per-dyad arrays
    /// are padded by one vector, so the row's last, partial vector stays inside them; its lanes past the row are written
    /// back unchanged.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void UpdateBeliefs(int i, int start, int degree, double apparentDefenseWeight, double ownDefense, double keep)
    {
        var k = _k;
        var sd = _scenario.ObservationNoise;
        var model = TypeModelOf(i, apparentDefenseWeight, ownDefense);
        // A local copy of the observer's four streams lets the JIT keep them in registers; written back below.
        var rng = Rng[i];
        ref var rowOffense = ref MemoryMarshal.GetArrayDataReference(_rowOffense);
        ref var rowDefense = ref MemoryMarshal.GetArrayDataReference(_rowDefense);
        ref var rowBoughtOffense = ref MemoryMarshal.GetArrayDataReference(_rowBoughtOffense);
        ref var rowBoughtDefense = ref MemoryMarshal.GetArrayDataReference(_rowBoughtDefense);
        ref var rowInvResources = ref MemoryMarshal.GetArrayDataReference(_rowInvResources);
        ref var rowRequiredAll = ref MemoryMarshal.GetArrayDataReference(_rowRequiredAll);
        ref var rowRequiredWithout = ref MemoryMarshal.GetArrayDataReference(_rowRequiredWithout);
        ref var balance = ref MemoryMarshal.GetArrayDataReference(BalancePerceived);
        ref var scratchAttack = ref MemoryMarshal.GetArrayDataReference(_scratchAttack);
        ref var scratchEta = ref MemoryMarshal.GetArrayDataReference(_scratchEta);
        ref var logOdds = ref MemoryMarshal.GetArrayDataReference(LogOdds);

        var zero = Vector256<double>.Zero;
        var one = Vector256<double>.One;
        var sdV = Vector256.Create(sd);
        var weightV = Vector256.Create(apparentDefenseWeight);
        var buildUpV = Vector256.Create(sd * k.BuildUpNoise);
        var maxEvidenceV = Vector256.Create(k.MaxYearlyEvidence);
        var minEvidenceV = Vector256.Create(-k.MaxYearlyEvidence);
        var keepV = Vector256.Create(keep);
        var maxLogOddsV = Vector256.Create(k.MaxLogOdds);
        var minLogOddsV = Vector256.Create(-k.MaxLogOdds);
        for (var c = 0; c < degree; c += Lanes)
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
            // two types in this state's position.
            var (meanSecurity, meanGreedy) = Rules.TypeSignals(
                offense, defense, invResources,
                Vector256.LoadUnsafe(ref rowRequiredAll, (nuint)c), Vector256.LoadUnsafe(ref rowRequiredWithout, (nuint)c),
                Vector256.LoadUnsafe(ref balance, (nuint)e), model);
            var llr = Rules.Evidence(signal, meanSecurity, meanGreedy, model.InvVariance);
            llr = Branchless.Min(Branchless.Max(llr, minEvidenceV), maxEvidenceV);
            var before = Vector256.LoadUnsafe(ref logOdds, (nuint)e);

            // Routine attachment (Mitzen 2006): evidence against the relationship the observer is settled in (pointing away
            // from the side of 1/2 its belief is on) counts only (1 - r); evidence that confirms it counts in full. Both a
            // rivalry and a friendship sustain themselves, so the regime depends on the path (hysteresis), not only on lag.
            var against = Vector256.LessThan(before * llr, zero);
            var l = Branchless.Min(Branchless.Max(before + (Vector256.ConditionalSelect(against, keepV, one) * llr), minLogOddsV), maxLogOddsV);
            var valid = ValidLanes(degree - c, out _);
            Vector256.ConditionalSelect(valid, l, before).StoreUnsafe(ref logOdds, (nuint)e);
            apparentAttack.StoreUnsafe(ref scratchAttack, (nuint)c);
            eta.StoreUnsafe(ref scratchEta, (nuint)c);
        }

        Rng[i] = rng;
    }

    /// <summary>
    /// Pass 2 of <see cref="Assess"/> under the classic dynamics (fixed type means), four dyads at a time: observation through noise and distinguishability, and the
    /// Kydd update of trust in log-odds. Every lane computes exactly what the scalar rule computes (same operations in the
    /// same order). The per-dyad arrays are padded by one vector, so the row's last, partial vector stays inside them; its
    /// lanes past the row are written back unchanged.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void UpdateBeliefsClassic(int i, int start, int degree, double apparentDefenseWeight, double positiveWeight, double keep)
    {
        var k = _k;
        var sd = _scenario.ObservationNoise;
        // A local copy of the observer's four streams lets the JIT keep them in registers; written back below.
        var rng = Rng[i];
        ref var rowOffense = ref MemoryMarshal.GetArrayDataReference(_rowOffense);
        ref var rowDefense = ref MemoryMarshal.GetArrayDataReference(_rowDefense);
        ref var rowBoughtOffense = ref MemoryMarshal.GetArrayDataReference(_rowBoughtOffense);
        ref var rowBoughtDefense = ref MemoryMarshal.GetArrayDataReference(_rowBoughtDefense);
        ref var rowInvResources = ref MemoryMarshal.GetArrayDataReference(_rowInvResources);
        ref var scratchAttack = ref MemoryMarshal.GetArrayDataReference(_scratchAttack);
        ref var scratchEta = ref MemoryMarshal.GetArrayDataReference(_scratchEta);
        ref var logOdds = ref MemoryMarshal.GetArrayDataReference(LogOdds);

        var zero = Vector256<double>.Zero;
        var one = Vector256<double>.One;
        var sdV = Vector256.Create(sd);
        var weightV = Vector256.Create(apparentDefenseWeight);
        var buildUpV = Vector256.Create(sd * k.BuildUpNoise);
        var slopeV = Vector256.Create(_signalSlope);
        var midV = Vector256.Create(_signalMid);
        var maxEvidenceV = Vector256.Create(k.MaxYearlyEvidence);
        var minEvidenceV = Vector256.Create(-k.MaxYearlyEvidence);
        var positiveWeightV = Vector256.Create(positiveWeight);
        var keepV = Vector256.Create(keep);
        var maxLogOddsV = Vector256.Create(k.MaxLogOdds);
        var minLogOddsV = Vector256.Create(-k.MaxLogOdds);
        for (var c = 0; c < degree; c += Lanes)
        {
            var e = start + c;

            // Observation: multiplicative noise; a defensive unit counts as apparentDefenseWeight offensive units.
            var (noise, buildUpNoise) = ObservationNoise.Pair(rng.Next());
            var eta = Branchless.Max(one + (sdV * noise), zero);
            var apparentAttack = eta * (Vector256.LoadUnsafe(ref rowOffense, (nuint)c) + (weightV * Vector256.LoadUnsafe(ref rowDefense, (nuint)c)));
            var signal = ((eta * (Vector256.LoadUnsafe(ref rowBoughtOffense, (nuint)c) + (weightV * Vector256.LoadUnsafe(ref rowBoughtDefense, (nuint)c))))
                          + (buildUpV * buildUpNoise * apparentAttack))
                         * Vector256.LoadUnsafe(ref rowInvResources, (nuint)c);

            // Kydd update in log-odds: add the log-likelihood ratio of the observed apparent offensive procurement
            // (good news counts less under worst-case bias; routine attachment slows every update).
            var llr = Rules.Evidence(signal, slopeV, midV);
            llr = Branchless.Min(Branchless.Max(llr, minEvidenceV), maxEvidenceV);
            llr = Branchless.Min(llr, zero) + (positiveWeightV * Branchless.Max(llr, zero));
            var before = Vector256.LoadUnsafe(ref logOdds, (nuint)e);

            // Routine attachment (Mitzen 2006): evidence against the relationship the observer is settled in (pointing away
            // from the side of 1/2 its belief is on) counts only (1 - r); evidence that confirms it counts in full. Both a
            // rivalry and a friendship sustain themselves, so the regime depends on the path (hysteresis), not only on lag.
            var against = Vector256.LessThan(before * llr, zero);
            var l = Branchless.Min(Branchless.Max(before + (Vector256.ConditionalSelect(against, keepV, one) * llr), minLogOddsV), maxLogOddsV);
            var valid = ValidLanes(degree - c, out _);
            Vector256.ConditionalSelect(valid, l, before).StoreUnsafe(ref logOdds, (nuint)e);
            apparentAttack.StoreUnsafe(ref scratchAttack, (nuint)c);
            eta.StoreUnsafe(ref scratchEta, (nuint)c);
        }

        Rng[i] = rng;
    }

    /// <summary>What observer <paramref name="i"/> assumes about how each type procures (docs/model.md, "Trust").</summary>
    internal TypeModel TypeModelOf(int i, double apparentDefenseWeight, double ownDefense)
    {
        var k = _k;
        var securityShare = SecuritySeekerOffenseShare(PerceivedBalanceSpec[i] ?? Balance, Distinguishability);
        var greedyShare = k.GreedyOffenseShare;
        return new TypeModel
        {
            Empathy = Vector256.Create(Empathy[i]),
            Adjustment = Vector256.Create(k.Adjustment),
            Decay = Vector256.Create(1.0 - k.Depreciation),
            MaxBurden = Vector256.Create(k.MaxBurden),
            OffenseAsDefense = Vector256.Create(k.OffenseAsDefense),
            DefenseAsOffense = Vector256.Create(DefenseAttack),
            InvStrengthPerUnit = Vector256.Create(1.0 / (1.0 - securityShare + (k.OffenseAsDefense * securityShare))),
            SecurityApparentShare = Vector256.Create(securityShare + (apparentDefenseWeight * (1.0 - securityShare))),
            GreedyApparentShare = Vector256.Create(greedyShare + (apparentDefenseWeight * (1.0 - greedyShare))),
            OwnDefenseTimesOdds = Vector256.Create(ownDefense * k.GreedyTargetWinProbability / (1.0 - k.GreedyTargetWinProbability)),
            InvVariance = Vector256.Create(1.0 / (k.SignalSd * k.SignalSd)),
        };
    }

    /// <summary>
    /// Pass 3 of <see cref="Assess"/>, four dyads at a time: the threat each neighbour poses, the defence that would make
    /// it tolerable, crisis flags, the list of flags that changed this year and the strike candidates.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AssessThreats(int i, int start, int degree, double ownDefense, double ownAttack, bool free, bool aggressive, ref RowAssessment row)
    {
        var k = _k;
        var w = WorstCase[i];
        var shift = k.WorstCaseShift * w;
        // Exposure: the chance the enforcer (if any) does not protect, as the leader weighs it. In the graded dynamics the
        // worst-case shift applies to it as to the danger (Rules.Pessimistic; 1 without an enforcer).
        var exposure = Graded ? Rules.Pessimistic(1.0 - (k.EnforcerProtection * EnforcerStrength), shift)
            : _scenario.Hierarchy ? 1.0 - (k.EnforcerProtection * (1.0 - w)) : 1.0;
        // The least the costs of war can be in any crisis (both sides' private costs at the bottom of their range):
        // below this bound preemption cannot pay whatever the draws, so those dyads are settled here.
        var lowCost = k.WarCost * (1.0 - CostSpread);
        var strikeCost = (lowCost * (1.0 + RiskFactor(i))) + Weariness[i] + (EnforcerStrength * k.EnforcerPenalty);
        var greedy = aggressive && MotiveOf[i] == Motive.Greedy;

        ref var logOdds = ref MemoryMarshal.GetArrayDataReference(LogOdds);
        ref var balance = ref MemoryMarshal.GetArrayDataReference(BalancePerceived);
        ref var invBalance = ref MemoryMarshal.GetArrayDataReference(InvBalancePerceived);
        ref var pledged = ref MemoryMarshal.GetArrayDataReference(Pledged); // allies' pledges, per dyad.
        ref var edgeThreat = ref MemoryMarshal.GetArrayDataReference(EdgeThreat); // per-dyad threat and the top threat feed alliance decisions
        ref var edgeRequired = ref MemoryMarshal.GetArrayDataReference(EdgeRequired);
        ref var crisisNow = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(Crisis));
        ref var crisisNext = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(CrisisNext));
        ref var changedEdge = ref MemoryMarshal.GetArrayDataReference(_changedEdge);
        ref var candidateRow = ref MemoryMarshal.GetArrayDataReference(_candidateRow);
        ref var scratchAttack = ref MemoryMarshal.GetArrayDataReference(_scratchAttack);
        ref var scratchP = ref MemoryMarshal.GetArrayDataReference(_scratchP);
        ref var scratchEta = ref MemoryMarshal.GetArrayDataReference(_scratchEta);
        ref var rowOffense = ref MemoryMarshal.GetArrayDataReference(_rowOffense);
        ref var rowDefense = ref MemoryMarshal.GetArrayDataReference(_rowDefense);

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

        // An aggressive state's conquest value per target is bounded above by its value at the win probability bound
        // (it is linear in p, and 0 <= p_f <= that bound), so targets where neither an attack, a demand nor (for a greedy
        // state) supporters can matter are settled here; see ConsiderStrike for the rules themselves.
        var stake = k.ConquestShare * (1.0 - EnforcerStrength);
        var conquestValue = greedy ? k.GreedyConquestValue : k.PowerMaximizerConquestValue;
        var attackCost = (lowCost * RiskFactor(i)) + Weariness[i] + (EnforcerStrength * k.EnforcerPenalty);
        var gainV = Vector256.Create(stake * conquestValue * InvResources[i]);
        var stakeV = Vector256.Create(stake);
        var floorV = Vector256.Create(-stake - attackCost);
        var attackCostV = Vector256.Create(attackCost);
        var attackMarginV = Vector256.Create(-1e-9);
        var demandMarginV = Vector256.Create(-k.DemandMargin - 1e-9);
        var greedyOddsV = Vector256.Create(k.GreedyTargetWinProbability / (1.0 - k.GreedyTargetWinProbability));
        var infinityV = Vector256.Create(double.PositiveInfinity);
        var requiredAttackV = infinityV;
        var rivalV = Vector256<double>.Zero; // the strongest neighbour's defending strength at the balance: what a power maximizer measures itself against
        var greedyLinkedBits = greedy ? 0xFu : 0u;
        ref var rowResources = ref MemoryMarshal.GetArrayDataReference(_rowResources);
        ref var rowTargetKind = ref MemoryMarshal.GetArrayDataReference(_rowTargetKind);
        var changes = 0;
        var candidates = 0;

        for (var c = 0; c < degree; c += Lanes)
        {
            var e = start + c;
            var valid = ValidLanes(degree - c, out var validBits);
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
            var validBytes = SpreadBits(validBits) * 0xFFu;
            ref var nextBytes = ref Unsafe.As<byte, uint>(ref Unsafe.Add(ref crisisNext, e));
            nextBytes = (SpreadBits(crisisBits) & validBytes) | (nextBytes & ~validBytes);
            var changedBits = (crisisBits ^ PackBytes(Unsafe.As<byte, uint>(ref Unsafe.Add(ref crisisNow, e)))) & validBits;
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

    /// <summary>Four flag bits as four bytes of 0 or 1 (bit k to byte k, little-endian).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SpreadBits(uint bits) =>
        Bmi2.IsSupported ? Bmi2.ParallelBitDeposit(bits, 0x01010101u) : (bits & 1u) | ((bits & 2u) << 7) | ((bits & 4u) << 14) | ((bits & 8u) << 21);

    // All-ones then all-zeros: four consecutive entries from (Lanes - k) are a mask of the first k lanes.
    private static readonly long[] LaneWindow = [-1, -1, -1, -1, 0, 0, 0, 0];

    /// <summary>The lanes of a vector that lie in the row when <paramref name="left"/> dyads remain, as a mask and as bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> ValidLanes(int left, out uint bits)
    {
        var k = left < Lanes ? left : Lanes;
        bits = (1u << k) - 1u;
        return Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(LaneWindow), (nuint)(Lanes - k)).AsDouble();
    }

    /// <summary>Four bytes of 0 or 1 as four flag bits (byte k to bit k): the inverse of <see cref="SpreadBits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint PackBytes(uint bytes) => (bytes * 0x01020408u) >> 24;

    /// <summary>How many offensive units an observer sees in one defensive unit, at the distinguishability it reads with.</summary>
    /// <remarks>a = psi + (1 - psi)(1 - d): at d = 1 the true attack value psi, at d = 0 a full offensive unit.</remarks>
    internal double ApparentDefenseWeight(double distinguishability) =>
        DefenseAttack + ((1.0 - DefenseAttack) * (1.0 - distinguishability));

    private struct StrikeDecision
    {
        public int Edge;
        public double Value;
        public bool Preemptive;
        public StrikeKind Kind;
        public double Concession;
        public double RequiredAttack;
    }

    /// <summary>
    /// The rare path, in a crisis: preemption (Fearon 1995's first-strike condition), preventive war (Powell 2006) and, for greedy
    /// states and power maximizers, a demand backed by the threat of attack (Fearon's risk-return trade-off). Each side's cost of
    /// war in this crisis is private, drawn from the scenario's bargaining spread, so the same position ends in war in some
    /// crises and not in others.
    /// </summary>
    /// <returns>Whether i is in crisis with j after this consideration.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ConsiderStrike(int i, int e, int j, double eta, double pStruckLoses, double strikeBelief, double ownAttack, bool crisis, bool free, ref StrikeDecision decision)
    {
        var k = _k;
        var th = BalancePerceived[e];
        var observedDefense = (eta * (Defense[j] + (k.OffenseAsDefense * Offense[j]))) + ExpectedSupport(j, i); // extended deterrence
        var pFirst = Contest.WinProbability(ownAttack, observedDefense, th);
        // Wars grow out of crises: a strike is an option only once the pair was already in crisis last year.
        var r = Reverse[e];
        var targetFree = WarOf[j] < 0;
        var ripe = targetFree && (Crisis[e] || (r >= 0 && Crisis[r]));
        var enforcer = EnforcerStrength;
        var penalty = enforcer * k.EnforcerPenalty;

        // This crisis's private costs of war: i's own (weighed by its leader's risk tolerance) and the other side's, which i
        // does not know when it decides (Fearon 1995).
        ref var rng = ref _decisionRng[i];
        var spread = CostSpread;
        var ownBase = Rules.DrawnCost(k.WarCost, spread, rng.NextDouble());
        var otherCost = Rules.DrawnCost(k.WarCost, spread, rng.NextDouble());
        var ownCost = (ownBase * RiskFactor(i)) + Weariness[i] + penalty;

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
            var ownGrowth = Math.Pow(1.0 + ObservedGrowth[i], years);
            var otherGrowth = Math.Pow(1.0 + ObservedGrowth[j], years);
            var pLater = Contest.WinProbability(ownAttack * ownGrowth, observedDefense * otherGrowth, th);
            var danger = pStruckLoses > 0.0 ? Math.Min(1.0, strikeBelief / pStruckLoses) : 0.0;
            if (Graded && pLater < pFirst)
            {
                var feared = pFirst - (danger * (pFirst - pLater));
                var value = Rules.PreventiveMargin(pFirst, feared, ownCost, k.Discount);
                if (value > 0.0 && value > decision.Value)
                {
                    decision = decision with { Edge = e, Value = value, Preemptive = false, Kind = StrikeKind.Prevent };
                }
            }
        }

        if (MotiveOf[i] != Motive.SecuritySeeker && free && targetFree)
        {
            var motive = MotiveOf[i];
            var value = motive == Motive.Greedy ? k.GreedyConquestValue : k.PowerMaximizerConquestValue;
            var ratio = Resources[j] * InvResources[i];
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
                var fights = !Graded || otherCost < margin || high <= low;
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

    /// <summary>A security seeker's offensive share of procurement (docs/model.md, "Procurement").</summary>
    /// <remarks>o = 1 / (1 + theta_p^2) * (1 - rho d): offense when the leader believes offense dominates, defense
    /// (readable restraint) when it believes defense dominates and distinguishability lets others read it.</remarks>
    internal double SecuritySeekerOffenseShare(double perceivedBalance, double distinguishability) =>
        1.0 / (1.0 + (perceivedBalance * perceivedBalance)) * (1.0 - (_k.SignallingPreference * distinguishability));

    /// <summary>
    /// A power maximizer's budget under the graded dynamics (Mearsheimer 2001: maximize relative power, but not at any cost; the
    /// formalization is ours). Power is the chance of winning an attack on the strongest neighbour, P = AS / (AS + Q) with Q that
    /// neighbour's defending strength at the perceived balance; the state buys the attacking strength that maximizes P - AS / (kappa_P Y):
    /// dP/dAS = Q / (AS + Q)^2 = 1 / (kappa_P Y) gives AS* = sqrt(kappa_P Y Q) - Q. It covers its security requirement with defence first,
    /// like a security seeker, and buys offence for the rest, so both its burden and its mix move with the balance and its rivals.
    /// </summary>
    private (double Burden, double OffenseShare) PowerMaximizerBudget(int i, double ownDefense, double ownAttack)
    {
        var k = _k;
        var decay = 1.0 - k.Depreciation;
        var rival = Rival[i];
        var target = rival > 0.0 ? Math.Sqrt(k.PowerMaximizerCostWeight * Resources[i] * rival) - rival : 0.0;
        var spendPower = k.Adjustment * Math.Max(0.0, target - (decay * ownAttack));
        var spendSecurity = k.Adjustment * Math.Max(0.0, RequiredDefense[i] - (decay * ownDefense));
        var spend = spendPower + spendSecurity;
        return spend > 0.0 ? (spend * InvResources[i], spendPower / spend) : (0.0, k.PowerMaximizerOffenseShare);
    }

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

                case Motive.PowerMaximizer when Graded:
                    (burden, off) = PowerMaximizerBudget(i, ownDefense, ownAttack);
                    break;

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

        // Growth: the state's trend, a yearly shock (differential, noisy growth shifts power: Powell 2006), the burden's drag.
        var shock = Graded && _scenario.GrowthNoise > 0.0 ? _scenario.GrowthNoise * _decisionRng[i].NextGaussian() : 0.0;
        var growth = (Graded ? TrendGrowth[i] : k.Growth) + shock - (k.BurdenDrag * burden);
        SetResources(i, Resources[i] * (1.0 + growth));
        ObservedGrowth[i] += k.GrowthSmoothing * (growth - ObservedGrowth[i]);

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
