using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>
/// Crises: the crisis log, immediate deterrence (mobilization), backing down, the policies of the spiral and
/// deterrence models, and deterrence backfire. docs/model.md, "Alliances, deterrence and crises", states every rule.
/// </summary>
internal sealed partial class World
{
    private const byte OutcomeOpen = 0;
    private const byte OutcomeWar = 1;
    private const byte OutcomeDefused = 2;
    private const byte OutcomeBackedDown = 3;

    private const int Unlogged = -2;

    // Per canonical dyad (the edge i -> j with i < j): the open crisis's log index, Unlogged when open without a log, or -1.
    private int[] _openCrisis = [];

    // Per directed dyad x -> y: x has backed down in the crisis now open with y.
    private bool[] _backedDown = [];

    /// <summary>Whether crises are kept in a log for <see cref="BuildCrises"/> (on in <see cref="Simulation.Run(Scenario, ulong, EngineConstants, IRunRecorder?)"/>;
    /// off, a year allocates nothing however many crises open, as the benchmarks measure).</summary>
    internal bool LogCrises { get; set; }

    // Per state: mobilization and restraint.
    private bool[] _inCrisis = [];
    private bool[] _mobilized = [];
    private double[] _mobOffense = [];
    private double[] _mobDefense = [];
    private int[] _mobYear = [];
    private int[] _mobEdge = [];
    private int[] _mobCrisis = [];
    private double[] _mobLogOdds = [];
    private double[] _mobThreat = [];
    private int[] _restraint = [];

    private CrisisState[] _crisisLog = new CrisisState[8];
    private int _crisisLogCount;
    private MoveState[] _moves = new MoveState[16];
    private int _moveCount;

    private struct CrisisState
    {
        public int A;
        public int B;
        public int Start;
        public int End;
        public bool Demand;
        public double ThreatA;
        public double ThreatB;
        public byte Outcome;
    }

    private struct MoveState
    {
        public int Crisis;
        public int Year;
        public int State;
        public int Other;
        public CrisisMoveKind Kind;
    }

    private void InitCrises()
    {
        _openCrisis = new int[M];
        Array.Fill(_openCrisis, -1);
        _backedDown = new bool[M];
        _inCrisis = new bool[N];
        _mobilized = new bool[N];
        _mobOffense = new double[N];
        _mobDefense = new double[N];
        _mobYear = new int[N];
        _mobEdge = new int[N];
        _mobCrisis = new int[N];
        _mobLogOdds = new double[N];
        _mobThreat = new double[N];
        _restraint = new int[N];
        Array.Fill(_mobYear, int.MinValue);
    }

    /// <summary>
    /// Phase-2 hook after procurement: opens and closes crisis records, and each party not at war makes its move by its
    /// policy: firmness mobilizes, conciliation backs down, utility mobilizes when it pays (immediate deterrence).
    /// </summary>
    private void CrisisMoves(int year, IRunRecorder? recorder)
    {
        Array.Clear(_inCrisis);

        // The hot loop reads through refs (indices come from the CSR structure, so they are in range by construction)
        // and leaves the rare cases (a crisis opens or closes, a non-utility policy moves) to CrisisPair.
        ref var crisis = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(Crisis));
        ref var reverse = ref MemoryMarshal.GetArrayDataReference(Reverse);
        ref var target = ref MemoryMarshal.GetArrayDataReference(Target);
        ref var openCrisis = ref MemoryMarshal.GetArrayDataReference(_openCrisis);
        ref var warOf = ref MemoryMarshal.GetArrayDataReference(WarOf);
        ref var policy = ref MemoryMarshal.GetArrayDataReference(_policy);
        ref var inCrisis = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(_inCrisis));
        var logCrises = LogCrises;
        for (var i = 0; i < N; i++)
        {
            // Rows are sorted by target, so the canonical edges (j > i) are the row's suffix.
            var end = RowStart[i + 1];
            var warI = Unsafe.Add(ref warOf, i);
            var movesI = Unsafe.Add(ref policy, i) != Policy.Utility; // the utility policy's Move is a no-op (it decides once, below)
            var any = 0;
            for (var e = _firstCanonical[i]; e < end; e++)
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
                    Unsafe.Add(ref openCrisis, e) = active ? Unlogged : -1;
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
            var te = TopEdge[x];
            if (!_inCrisis[x] || _mobilized[x] || WarOf[x] >= 0 || _policy[x] != Policy.Utility || te < 0)
            {
                continue;
            }

            var y = Target[te];
            var canonical = x < y ? te : Reverse[te];
            if (canonical >= 0 && _openCrisis[canonical] != -1 && MobilizationPays(x, y, te))
            {
                Mobilize(x, y, te, _openCrisis[canonical], year, recorder);
            }
        }

        var keep = 1.0 - _k.Depreciation;
        for (var i = 0; i < N; i++)
        {
            if (!_mobilized[i])
            {
                continue;
            }

            if (!_inCrisis[i] && WarOf[i] < 0)
            {
                Demobilize(i);
                continue;
            }

            // Mobilized forces wear like the rest, and the call-up costs the economy every year it lasts.
            _mobOffense[i] *= keep;
            _mobDefense[i] *= keep;
            SetResources(i, Resources[i] * (1.0 - _a.MobilizationCost));
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
            ref var x = ref _crisisLog[c];
            x.End = year;
            x.Outcome = together ? OutcomeWar : _backedDown[e] || (r >= 0 && _backedDown[r]) ? OutcomeBackedDown : OutcomeDefused;
        }

        _openCrisis[e] = -1;
    }

    private int OpenCrisis(int i, int j, int e, int r, int year)
    {
        _backedDown[e] = false;
        if (r >= 0)
        {
            _backedDown[r] = false;
        }

        if (!LogCrises)
        {
            _openCrisis[e] = Unlogged;
            return Unlogged;
        }

        if (_crisisLogCount == _crisisLog.Length)
        {
            Array.Resize(ref _crisisLog, _crisisLog.Length * 2);
        }

        // The party whose view started it comes first; a demand is a crisis its initiator entered without fearing the other.
        var iFirst = Crisis[e];
        var threatI = EdgeThreat[e];
        var threatJ = r >= 0 ? EdgeThreat[r] : 0.0;
        var c = _crisisLogCount++;
        _crisisLog[c] = new CrisisState
        {
            A = iFirst ? i : j,
            B = iFirst ? j : i,
            Start = year,
            End = -1,
            Demand = (iFirst ? threatI : threatJ) <= _k.CrisisThreshold,
            ThreatA = iFirst ? threatI : threatJ,
            ThreatB = iFirst ? threatJ : threatI,
        };
        _openCrisis[e] = c;
        return c;
    }

    /// <summary>One party's move in a crisis, by its policy (Jervis 1976: the spiral model's and the deterrence model's prescriptions).</summary>
    private void Move(int x, int y, int e, int c, int year, IRunRecorder? recorder)
    {
        if (WarOf[x] >= 0)
        {
            return;
        }

        switch (_policy[x])
        {
            case Policy.Firmness:
                if (!_mobilized[x])
                {
                    Mobilize(x, y, e, c, year, recorder);
                }

                break;

            case Policy.Conciliation:
                if (!_backedDown[e])
                {
                    _backedDown[e] = true;
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
        var apparent = Offense[y] + (ApparentDefenseWeight(Distinguishability * (1.0 - WorstCase[x])) * Defense[y]);
        var ownDefense = DefendingStrength(x) + AlliedDefense[x];
        var theta = BalancePerceived[e];
        var p = Contest.WinProbability(apparent, ownDefense, theta);
        var danger = p > 0.0 ? Math.Min(1.0, EdgeThreat[e] / p) : 0.0;
        return AllianceRules.MobilizationValue(danger, apparent, ownDefense, theta, _a.MobilizationSurge, _a.ThreatReductionValue, _a.MobilizationCost) > 0.0;
    }

    /// <summary>
    /// Immediate deterrence (Huth 1988): reserves are called up. Classic dynamics: the surge is all offensive, and the opponent's
    /// trust falls by an alarm term where forces cannot be told apart. Graded dynamics: the surge keeps the state's own mix of
    /// forces, and the only way it alarms the opponent is through the Bayesian update, which reads the call-up as procurement
    /// (Jervis 1976, ch. 3: where distinguishability is low it reads as preparation for attack).
    /// </summary>
    private void Mobilize(int x, int y, int e, int c, int year, IRunRecorder? recorder)
    {
        var m = _a.MobilizationSurge;
        var total = m * (Offense[x] + Defense[x]);
        var offenseShare = Graded && Offense[x] + Defense[x] > 0.0 ? Offense[x] / (Offense[x] + Defense[x]) : 1.0;
        var dO = total * offenseShare;
        var dD = total - dO;
        Offense[x] += dO;
        Defense[x] += dD;
        BoughtOffense[x] += dO;
        BoughtDefense[x] += dD;
        _mobOffense[x] = dO;
        _mobDefense[x] = dD;
        _mobilized[x] = true;
        var r = Reverse[e];
        _mobYear[x] = year;
        _mobEdge[x] = r;
        _mobCrisis[x] = c;
        _mobLogOdds[x] = r >= 0 ? LogOdds[r] : 0.0;
        _mobThreat[x] = r >= 0 ? EdgeThreat[r] : 0.0;

        // Where forces cannot be told apart, the opponent reads the call-up as preparation for attack.
        if (r >= 0 && !Graded)
        {
            var l = LogOdds[r] - (_a.MobilizationAlarm * (1.0 - Distinguishability));
            LogOdds[r] = l < -_k.MaxLogOdds ? -_k.MaxLogOdds : l;
        }
        AddMove(c, year, x, CrisisMoveKind.Mobilize, y);
        recorder?.Event(new EngineEvent(year, EventKind.Mobilization, [x, y],
            $"{Name(x)} mobilizes against {Name(y)}: forces +{m:P0}"));
    }

    private void Demobilize(int x)
    {
        Offense[x] = Math.Max(0.0, Offense[x] - _mobOffense[x]);
        Defense[x] = Math.Max(0.0, Defense[x] - _mobDefense[x]);
        _mobOffense[x] = 0.0;
        _mobDefense[x] = 0.0;
        _mobilized[x] = false;
    }

    /// <summary>Backing down: demobilize, concede part of what is disputed, and restrain procurement for some years (a costly signal, Kydd 2005).</summary>
    private void BackDown(int x, int y, int c, int year, IRunRecorder? recorder)
    {
        if (_mobilized[x])
        {
            Demobilize(x);
        }

        var conceded = _a.Concession * Resources[x];
        Transfer(x, y, conceded);
        _restraint[x] = _a.RestraintYears;
        AddMove(c, year, x, CrisisMoveKind.BackDown, y);
        recorder?.Event(new EngineEvent(year, EventKind.BackDown, [x, y],
            $"{Name(x)} backs down before {Name(y)}: concedes {conceded:F2} and restrains its arming"));
    }

    /// <summary>Phase-1 hook: conciliators procure defensively, and a state that backed down restrains its budget.</summary>
    private void ApplyPolicyToBudgets()
    {
        var a = _a;
        for (var i = 0; i < N; i++)
        {
            if (_policy[i] == Policy.Conciliation && WarOf[i] < 0)
            {
                _targetOffense[i] = Math.Min(_targetOffense[i], a.ConciliationOffenseShare);
            }

            if (_restraint[i] > 0)
            {
                _restraint[i]--;
                if (WarOf[i] < 0)
                {
                    _targetBurden[i] *= a.RestraintBurden;
                    _targetOffense[i] = Math.Min(_targetOffense[i], a.ConciliationOffenseShare);
                }
            }
        }
    }

    /// <summary>
    /// Deterrence backfire: a year after a state mobilized, its opponent trusts it less and feels more threatened than when
    /// the call-up began (the mobilization was read as preparation for attack, raising the opponent's incentive to strike first).
    /// </summary>
    private void CheckBackfire(int year, IRunRecorder? recorder)
    {
        for (var x = 0; x < N; x++)
        {
            if (_mobYear[x] != year - 1)
            {
                continue;
            }

            var r = _mobEdge[x];
            if (r < 0 || LogOdds[r] >= _mobLogOdds[x] || EdgeThreat[r] <= _mobThreat[x])
            {
                continue;
            }

            var y = Target[Reverse[r]];
            _backfires++;
            AddMove(_mobCrisis[x], year, y, CrisisMoveKind.Backfire, x);
            if (recorder is not null)
            {
                var strike = IntentEdge[y] == r && IntentPreemptive[y] ? "; it now weighs a first strike" : string.Empty;
                recorder.Event(new EngineEvent(year, EventKind.DeterrenceBackfire, [x, y],
                    $"{Name(y)} reads {Name(x)}'s mobilization as preparation for attack: trust {TrustOf(_mobLogOdds[x]):F2} -> {TrustOf(LogOdds[r]):F2}, threat {_mobThreat[x]:F2} -> {EdgeThreat[r]:F2}{strike}"));
            }
        }
    }

    /// <summary>When a war starts between two states, their open crisis ends in war; returns its index or -1.</summary>
    private int CloseCrisisByWar(int attacker, int defender, int e, bool preemptive, int year)
    {
        var canonical = attacker < defender ? e : Reverse[e];
        if (canonical < 0)
        {
            return -1;
        }

        var c = _openCrisis[canonical];
        _openCrisis[canonical] = -1;
        if (c < 0)
        {
            return -1;
        }

        AddMove(c, year, attacker, preemptive ? CrisisMoveKind.Preempt : CrisisMoveKind.Attack, defender);
        ref var x = ref _crisisLog[c];
        x.End = year;
        x.Outcome = OutcomeWar;
        return c;
    }

    private void AddMove(int crisis, int year, int state, CrisisMoveKind kind, int other)
    {
        if (crisis < 0)
        {
            return;
        }

        if (_moveCount == _moves.Length)
        {
            Array.Resize(ref _moves, _moves.Length * 2);
        }

        _moves[_moveCount++] = new MoveState { Crisis = crisis, Year = year, State = state, Other = other, Kind = kind };
    }

    /// <summary>The crisis log of the run, in order of onset.</summary>
    internal List<CrisisRecord> BuildCrises()
    {
        var moves = new List<CrisisMove>[_crisisLogCount];
        for (var c = 0; c < _crisisLogCount; c++)
        {
            moves[c] = [];
        }

        for (var m = 0; m < _moveCount; m++)
        {
            var x = _moves[m];
            moves[x.Crisis].Add(new CrisisMove(x.Year, Name(x.State), JsonNamingPolicy.SnakeCaseLower.ConvertName(x.Kind.ToString()), MoveDetail(x)));
        }

        var list = new List<CrisisRecord>(_crisisLogCount);
        for (var c = 0; c < _crisisLogCount; c++)
        {
            var x = _crisisLog[c];
            list.Add(new CrisisRecord
            {
                Start = x.Start,
                End = x.End >= 0 ? x.End : null,
                Parties = [Name(x.A), Name(x.B)],
                Trigger = x.Demand ? "demand" : "threat",
                Threats = new Dictionary<string, double>(StringComparer.Ordinal) { [Name(x.A)] = x.ThreatA, [Name(x.B)] = x.ThreatB },
                Moves = moves[c],
                Outcome = x.Outcome switch
                {
                    OutcomeWar => "war",
                    OutcomeDefused => "defused",
                    OutcomeBackedDown => "backed_down",
                    _ => "open",
                },
            });
        }

        return list;
    }

    private string MoveDetail(MoveState m) => m.Kind switch
    {
        CrisisMoveKind.Mobilize => $"{Name(m.State)} mobilizes against {Name(m.Other)}",
        CrisisMoveKind.BackDown => $"{Name(m.State)} backs down before {Name(m.Other)}",
        CrisisMoveKind.Backfire => $"{Name(m.State)} reads {Name(m.Other)}'s mobilization as preparation for attack",
        CrisisMoveKind.Preempt => $"{Name(m.State)} strikes {Name(m.Other)} first",
        CrisisMoveKind.Attack => $"{Name(m.State)} attacks {Name(m.Other)}",
        CrisisMoveKind.GuaranteeInvoked => $"{Name(m.State)} honours its guarantee to {Name(m.Other)}",
        _ => $"{Name(m.State)} joins its ally {Name(m.Other)}",
    };
}
