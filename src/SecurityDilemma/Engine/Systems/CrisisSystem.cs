using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using SecurityDilemma.Engine.Components;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Systems;

/// <summary>
/// Crises (Jervis 1976: the spiral and the deterrence models; Huth 1988: immediate deterrence). A pair is in crisis while either
/// side's perceived threat exceeds the threshold; crises are opened, logged and closed. Each party not at war moves by its policy:
/// firmness mobilizes (a surge m of forces: graded, in its own mix; classic, all offensive with an alarm term), conciliation backs down
/// (demobilizes, concedes a share of its resources and restrains its arming for some years: a costly signal, Kydd 2005), utility
/// mobilizes iff the fall in perceived threat is worth the call-up (<see cref="AllianceRules.MobilizationValue"/>). A mobilization that
/// leaves the opponent trusting less and fearing more a year later is counted as deterrence backfire.
/// </summary>
/// <remarks>Reads: Assessments (threats), Beliefs.LogOdds, Leaders.Policy, Forces, WarLog.WarOf, Intents. Writes: Crises (flags, log, mobilization), Forces (mobilized forces, concessions, restraint), Beliefs.LogOdds (classic alarm only), RunTotals (crisis count, backfires).</remarks>
internal sealed class CrisisSystem(World world) : WorldSystem(world)
{
    /// <summary>Crises per pair: a pair is in crisis while either side is; start and end are logged and counted.</summary>
    /// <remarks>Only edges whose flag changed this year can start or end a pair's crisis, so only those are visited.</remarks>
    internal void UpdateCrises(int year, IRunRecorder? recorder)
    {
        for (var i = 0; i < N; i++)
        {
            var start = Topology.RowStart[i];
            for (var c = 0; c < Crises.ChangedCount[i]; c++)
            {
                var e = Crises.ChangedEdge[start + c];
                var j = Topology.Target[e];
                var r = Topology.Reverse[e];
                var reverseChanged = r >= 0 && Crises.Next[r] != Crises.Now[r];
                if (reverseChanged && j < i)
                {
                    continue; // both directions changed: the pair was handled from j's side
                }

                var now = Crises.Next[e] || (r >= 0 && Crises.Next[r]);
                var before = Crises.Now[e] || (r >= 0 && Crises.Now[r]);
                if (now && !before)
                {
                    Totals.CrisisCount++;
                    recorder?.Event(new EngineEvent(year, EventKind.CrisisStart, [Math.Min(i, j), Math.Max(i, j)],
                        $"perceived threat {Assessments.Threat[i]:F2} / {Assessments.Threat[j]:F2}"));
                }
                else if (!now && before)
                {
                    recorder?.Event(new EngineEvent(year, EventKind.CrisisEnd, [Math.Min(i, j), Math.Max(i, j)], "threat back below the crisis threshold"));
                }
            }
        }

        for (var i = 0; i < N; i++)
        {
            var start = Topology.RowStart[i];
            for (var c = 0; c < Crises.ChangedCount[i]; c++)
            {
                var e = Crises.ChangedEdge[start + c];
                Crises.Now[e] = Crises.Next[e];
            }
        }
    }

    /// <summary>
    /// Phase-2 hook after procurement: opens and closes crisis records, and each party not at war makes its move by its
    /// policy: firmness mobilizes, conciliation backs down, utility mobilizes when it pays (immediate deterrence).
    /// </summary>
    internal void CrisisMoves(int year, IRunRecorder? recorder)
    {
        Array.Clear(Crises.InCrisis);

        // The hot loop reads through refs (indices come from the CSR structure, so they are in range by construction)
        // and leaves the rare cases (a crisis opens or closes, a non-utility policy moves) to CrisisPair.
        ref var crisis = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(Crises.Now));
        ref var reverse = ref MemoryMarshal.GetArrayDataReference(Topology.Reverse);
        ref var target = ref MemoryMarshal.GetArrayDataReference(Topology.Target);
        ref var openCrisis = ref MemoryMarshal.GetArrayDataReference(Crises.Open);
        ref var warOf = ref MemoryMarshal.GetArrayDataReference(WarLog.WarOf);
        ref var policy = ref MemoryMarshal.GetArrayDataReference(Leaders.Policy);
        ref var inCrisis = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(Crises.InCrisis));
        var logCrises = Crises.Logged;
        for (var i = 0; i < N; i++)
        {
            // Rows are sorted by target, so the canonical edges (j > i) are the row's suffix.
            var end = Topology.RowStart[i + 1];
            var warI = Unsafe.Add(ref warOf, i);
            var movesI = Unsafe.Add(ref policy, i) != Policy.Utility; // the utility policy's Move is a no-op (it decides once, below)
            var any = 0;
            for (var e = Topology.FirstCanonical[i]; e < end; e++)
            {
                var j = Unsafe.Add(ref target, e);
                var r = Unsafe.Add(ref reverse, e);
                var now = Unsafe.Add(ref crisis, e) | Unsafe.Add(ref crisis, r >= 0 ? r : e);
                var c = Unsafe.Add(ref openCrisis, e);
                var together = (warI >= 0) & (warI == Unsafe.Add(ref warOf, j));
                var active = (now != 0) & !together;
                var flag = active ? 1 : 0;
                Unsafe.Add(ref inCrisis, j) |= (byte)flag;
                any |= flag;

                var utilityPair = !movesI & (Unsafe.Add(ref policy, j) == Policy.Utility);
                if (utilityPair & !logCrises)
                {
                    // Two utility players and no log: opening or closing the pair's crisis is only its open mark (neither
                    // side can have backed down: only conciliation backs down).
                    Unsafe.Add(ref openCrisis, e) = active ? Crises.Unlogged : -1;
                }
                else if ((active & ((c == -1) | !utilityPair)) | (!active & (c != -1)))
                {
                    // Otherwise the common case (an ongoing crisis between utility players, or no crisis) needs nothing more.
                    CrisisPair(i, j, e, r, c, active, together, year, recorder);
                }
            }

            Unsafe.Add(ref inCrisis, i) |= (byte)any;
        }

        // The utility policy decides once a year, against its most threatening rival if they are in crisis.
        for (var x = 0; x < N; x++)
        {
            var te = Assessments.TopEdge[x];
            if (!Crises.InCrisis[x] || Crises.Mobilized[x] || WarLog.WarOf[x] >= 0 || Leaders.Policy[x] != Policy.Utility || te < 0)
            {
                continue;
            }

            var y = Topology.Target[te];
            var canonical = x < y ? te : Topology.Reverse[te];
            if (canonical >= 0 && Crises.Open[canonical] != -1 && MobilizationPays(x, y, te))
            {
                Mobilize(x, y, te, Crises.Open[canonical], year, recorder);
            }
        }

        var keep = 1.0 - Setting.K.Depreciation;
        for (var i = 0; i < N; i++)
        {
            if (!Crises.Mobilized[i])
            {
                continue;
            }

            if (!Crises.InCrisis[i] && WarLog.WarOf[i] < 0)
            {
                Demobilize(i);
                continue;
            }

            // Mobilized forces wear like the rest, and the call-up costs the economy every year it lasts.
            Crises.MobOffense[i] *= keep;
            Crises.MobDefense[i] *= keep;
            Forces.SetResources(i, Forces.Resources[i] * (1.0 - Setting.A.MobilizationCost));
        }
    }

    /// <summary>The rare cases of <see cref="CrisisMoves"/> for the pair i, j (edge e, reverse r, open crisis c).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CrisisPair(int i, int j, int e, int r, int c, bool active, bool together, int year, IRunRecorder? recorder)
    {
        if (active)
        {
            if (c == -1)
            {
                c = OpenCrisis(i, j, e, r, year);
            }

            Move(i, j, e, c, year, recorder);
            if (r >= 0)
            {
                Move(j, i, r, c, year, recorder);
            }

            return;
        }

        // Over: threats fell back, or the two are now at war with each other (as allies drawn in).
        if (c >= 0)
        {
            ref var x = ref Crises.Log[c];
            x.End = year;
            x.Outcome = together ? Crises.OutcomeWar : Crises.BackedDown[e] || (r >= 0 && Crises.BackedDown[r]) ? Crises.OutcomeBackedDown : Crises.OutcomeDefused;
        }

        Crises.Open[e] = -1;
    }

    private int OpenCrisis(int i, int j, int e, int r, int year)
    {
        Crises.BackedDown[e] = false;
        if (r >= 0)
        {
            Crises.BackedDown[r] = false;
        }

        if (!Crises.Logged)
        {
            Crises.Open[e] = Crises.Unlogged;
            return Crises.Unlogged;
        }

        if (Crises.LogCount == Crises.Log.Length)
        {
            Array.Resize(ref Crises.Log, Crises.Log.Length * 2);
        }

        // The party whose view started it comes first; a demand is a crisis its initiator entered without fearing the other.
        var iFirst = Crises.Now[e];
        var threatI = Assessments.EdgeThreat[e];
        var threatJ = r >= 0 ? Assessments.EdgeThreat[r] : 0.0;
        var c = Crises.LogCount++;
        Crises.Log[c] = new Crises.CrisisState
        {
            A = iFirst ? i : j,
            B = iFirst ? j : i,
            Start = year,
            End = -1,
            Demand = (iFirst ? threatI : threatJ) <= Setting.K.CrisisThreshold,
            ThreatA = iFirst ? threatI : threatJ,
            ThreatB = iFirst ? threatJ : threatI,
        };
        Crises.Open[e] = c;
        return c;
    }

    /// <summary>One party's move in a crisis, by its policy (Jervis 1976: the spiral model's and the deterrence model's prescriptions).</summary>
    private void Move(int x, int y, int e, int c, int year, IRunRecorder? recorder)
    {
        if (WarLog.WarOf[x] >= 0)
        {
            return;
        }

        switch (Leaders.Policy[x])
        {
            case Policy.Firmness:
                if (!Crises.Mobilized[x])
                {
                    Mobilize(x, y, e, c, year, recorder);
                }

                break;

            case Policy.Conciliation:
                if (!Crises.BackedDown[e])
                {
                    Crises.BackedDown[e] = true;
                    BackDown(x, y, c, year, recorder);
                }

                break;

            default:
                // Utility: decided once a year against the most threatening rival (CrisisMoves).
                break;
        }
    }

    /// <summary>The utility policy's choice: mobilize iff the fall in perceived threat is worth the call-up (<see cref="AllianceRules.MobilizationValue"/>).</summary>
    private bool MobilizationPays(int x, int y, int e)
    {
        var apparent = Forces.Offense[y] + (Technology.ApparentDefenseWeight(Technology.Distinguishability * (1.0 - Leaders.WorstCase[x])) * Forces.Defense[y]);
        var ownDefense = Forces.DefendingStrength(x) + Assessments.AlliedDefense[x];
        var theta = Beliefs.BalancePerceived[e];
        var p = Contest.WinProbability(apparent, ownDefense, theta);
        var danger = p > 0.0 ? Math.Min(1.0, Assessments.EdgeThreat[e] / p) : 0.0;
        return AllianceRules.MobilizationValue(danger, apparent, ownDefense, theta, Setting.A.MobilizationSurge, Setting.A.ThreatReductionValue, Setting.A.MobilizationCost) > 0.0;
    }

    /// <summary>
    /// Immediate deterrence (Huth 1988): reserves are called up. Classic dynamics: the surge is all offensive, and the opponent's
    /// trust falls by an alarm term where forces cannot be told apart. Graded dynamics: the surge keeps the state's own mix of
    /// forces, and the only way it alarms the opponent is through the Bayesian update, which reads the call-up as procurement
    /// (Jervis 1976, ch. 3: where distinguishability is low it reads as preparation for attack).
    /// </summary>
    private void Mobilize(int x, int y, int e, int c, int year, IRunRecorder? recorder)
    {
        var m = Setting.A.MobilizationSurge;
        var total = m * (Forces.Offense[x] + Forces.Defense[x]);
        var offenseShare = Setting.Graded && Forces.Offense[x] + Forces.Defense[x] > 0.0 ? Forces.Offense[x] / (Forces.Offense[x] + Forces.Defense[x]) : 1.0;
        var dO = total * offenseShare;
        var dD = total - dO;
        Forces.Offense[x] += dO;
        Forces.Defense[x] += dD;
        Forces.BoughtOffense[x] += dO;
        Forces.BoughtDefense[x] += dD;
        Crises.MobOffense[x] = dO;
        Crises.MobDefense[x] = dD;
        Crises.Mobilized[x] = true;
        var r = Topology.Reverse[e];
        Crises.MobYear[x] = year;
        Crises.MobEdge[x] = r;
        Crises.MobCrisis[x] = c;
        Crises.MobLogOdds[x] = r >= 0 ? Beliefs.LogOdds[r] : 0.0;
        Crises.MobThreat[x] = r >= 0 ? Assessments.EdgeThreat[r] : 0.0;

        // Where forces cannot be told apart, the opponent reads the call-up as preparation for attack.
        if (r >= 0 && !Setting.Graded)
        {
            var l = Beliefs.LogOdds[r] - (Setting.A.MobilizationAlarm * (1.0 - Technology.Distinguishability));
            Beliefs.LogOdds[r] = l < -Setting.K.MaxLogOdds ? -Setting.K.MaxLogOdds : l;
        }
        AddMove(c, year, x, CrisisMoveKind.Mobilize, y);
        recorder?.Event(new EngineEvent(year, EventKind.Mobilization, [x, y],
            $"{Setting.Name(x)} mobilizes against {Setting.Name(y)}: forces +{m:P0}"));
    }

    private void Demobilize(int x)
    {
        Forces.Offense[x] = Math.Max(0.0, Forces.Offense[x] - Crises.MobOffense[x]);
        Forces.Defense[x] = Math.Max(0.0, Forces.Defense[x] - Crises.MobDefense[x]);
        Crises.MobOffense[x] = 0.0;
        Crises.MobDefense[x] = 0.0;
        Crises.Mobilized[x] = false;
    }

    /// <summary>Backing down: demobilize, concede part of what is disputed, and restrain procurement for some years (a costly signal, Kydd 2005).</summary>
    private void BackDown(int x, int y, int c, int year, IRunRecorder? recorder)
    {
        if (Crises.Mobilized[x])
        {
            Demobilize(x);
        }

        var conceded = Setting.A.Concession * Forces.Resources[x];
        Forces.Transfer(x, y, conceded);
        Crises.Restraint[x] = Setting.A.RestraintYears;
        AddMove(c, year, x, CrisisMoveKind.BackDown, y);
        recorder?.Event(new EngineEvent(year, EventKind.BackDown, [x, y],
            $"{Setting.Name(x)} backs down before {Setting.Name(y)}: concedes {conceded:F2} and restrains its arming"));
    }

    /// <summary>Phase-1 hook: conciliators procure defensively, and a state that backed down restrains its budget.</summary>
    internal void ApplyPolicyToBudgets()
    {
        var a = Setting.A;
        for (var i = 0; i < N; i++)
        {
            if (Leaders.Policy[i] == Policy.Conciliation && WarLog.WarOf[i] < 0)
            {
                Forces.TargetOffense[i] = Math.Min(Forces.TargetOffense[i], a.ConciliationOffenseShare);
            }

            if (Crises.Restraint[i] > 0)
            {
                Crises.Restraint[i]--;
                if (WarLog.WarOf[i] < 0)
                {
                    Forces.TargetBurden[i] *= a.RestraintBurden;
                    Forces.TargetOffense[i] = Math.Min(Forces.TargetOffense[i], a.ConciliationOffenseShare);
                }
            }
        }
    }

    /// <summary>
    /// Deterrence backfire: a year after a state mobilized, its opponent trusts it less and feels more threatened than when
    /// the call-up began (the mobilization was read as preparation for attack, raising the opponent's incentive to strike first).
    /// </summary>
    internal void CheckBackfire(int year, IRunRecorder? recorder)
    {
        for (var x = 0; x < N; x++)
        {
            if (Crises.MobYear[x] != year - 1)
            {
                continue;
            }

            var r = Crises.MobEdge[x];
            if (r < 0 || Beliefs.LogOdds[r] >= Crises.MobLogOdds[x] || Assessments.EdgeThreat[r] <= Crises.MobThreat[x])
            {
                continue;
            }

            var y = Topology.Target[Topology.Reverse[r]];
            Totals.Backfires++;
            AddMove(Crises.MobCrisis[x], year, y, CrisisMoveKind.Backfire, x);
            if (recorder is not null)
            {
                var strike = Intents.Edge[y] == r && Intents.Preemptive[y] ? "; it now weighs a first strike" : string.Empty;
                recorder.Event(new EngineEvent(year, EventKind.DeterrenceBackfire, [x, y],
                    $"{Setting.Name(y)} reads {Setting.Name(x)}'s mobilization as preparation for attack: trust {Beliefs.TrustOf(Crises.MobLogOdds[x]):F2} -> {Beliefs.TrustOf(Beliefs.LogOdds[r]):F2}, threat {Crises.MobThreat[x]:F2} -> {Assessments.EdgeThreat[r]:F2}{strike}"));
            }
        }
    }

    /// <summary>When a war starts between two states, their open crisis ends in war; returns its index or -1.</summary>
    internal int CloseCrisisByWar(int attacker, int defender, int e, bool preemptive, int year)
    {
        var canonical = attacker < defender ? e : Topology.Reverse[e];
        if (canonical < 0)
        {
            return -1;
        }

        var c = Crises.Open[canonical];
        Crises.Open[canonical] = -1;
        if (c < 0)
        {
            return -1;
        }

        AddMove(c, year, attacker, preemptive ? CrisisMoveKind.Preempt : CrisisMoveKind.Attack, defender);
        ref var x = ref Crises.Log[c];
        x.End = year;
        x.Outcome = Crises.OutcomeWar;
        return c;
    }

    internal void AddMove(int crisis, int year, int state, CrisisMoveKind kind, int other)
    {
        if (crisis < 0)
        {
            return;
        }

        if (Crises.MoveCount == Crises.Moves.Length)
        {
            Array.Resize(ref Crises.Moves, Crises.Moves.Length * 2);
        }

        Crises.Moves[Crises.MoveCount++] = new Crises.MoveState { Crisis = crisis, Year = year, State = state, Other = other, Kind = kind };
    }

    /// <summary>The crisis log of the run, in order of onset.</summary>
    internal List<CrisisRecord> BuildCrises()
    {
        var moves = new List<CrisisMove>[Crises.LogCount];
        for (var c = 0; c < Crises.LogCount; c++)
        {
            moves[c] = [];
        }

        for (var m = 0; m < Crises.MoveCount; m++)
        {
            var x = Crises.Moves[m];
            moves[x.Crisis].Add(new CrisisMove(x.Year, Setting.Name(x.State), JsonNamingPolicy.SnakeCaseLower.ConvertName(x.Kind.ToString()), MoveDetail(x)));
        }

        var list = new List<CrisisRecord>(Crises.LogCount);
        for (var c = 0; c < Crises.LogCount; c++)
        {
            var x = Crises.Log[c];
            list.Add(new CrisisRecord
            {
                Start = x.Start,
                End = x.End >= 0 ? x.End : null,
                Parties = [Setting.Name(x.A), Setting.Name(x.B)],
                Trigger = x.Demand ? "demand" : "threat",
                Threats = new Dictionary<string, double>(StringComparer.Ordinal) { [Setting.Name(x.A)] = x.ThreatA, [Setting.Name(x.B)] = x.ThreatB },
                Moves = moves[c],
                Outcome = x.Outcome switch
                {
                    Crises.OutcomeWar => "war",
                    Crises.OutcomeDefused => "defused",
                    Crises.OutcomeBackedDown => "backed_down",
                    _ => "open",
                },
            });
        }

        return list;
    }

    private string MoveDetail(Crises.MoveState m) => m.Kind switch
    {
        CrisisMoveKind.Mobilize => $"{Setting.Name(m.State)} mobilizes against {Setting.Name(m.Other)}",
        CrisisMoveKind.BackDown => $"{Setting.Name(m.State)} backs down before {Setting.Name(m.Other)}",
        CrisisMoveKind.Backfire => $"{Setting.Name(m.State)} reads {Setting.Name(m.Other)}'s mobilization as preparation for attack",
        CrisisMoveKind.Preempt => $"{Setting.Name(m.State)} strikes {Setting.Name(m.Other)} first",
        CrisisMoveKind.Attack => $"{Setting.Name(m.State)} attacks {Setting.Name(m.Other)}",
        CrisisMoveKind.GuaranteeInvoked => $"{Setting.Name(m.State)} honours its guarantee to {Setting.Name(m.Other)}",
        _ => $"{Setting.Name(m.State)} joins its ally {Setting.Name(m.Other)}",
    };
}
