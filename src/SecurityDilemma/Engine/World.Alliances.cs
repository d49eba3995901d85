using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>
/// Alliances and guarantees: support links held in preallocated per-state slots, balancing and buck passing
/// decided on the phase-1 snapshot, allies joining wars by their own calculation (chain ganging), and extended
/// deterrence in the adversary's calculation. docs/model.md, "Alliances, deterrence and crises", states every rule.
/// </summary>
internal sealed partial class World
{
    private const byte NoSide = 0;
    private const byte AttackerSide = 1;
    private const byte DefenderSide = 2;

    private AllianceConstants _a = AllianceConstants.Default;

    // Support links: slot s of row i (index i * _slots + s) names a state that would come to i's aid.
    private int _slots;
    private int[] _linkTo = [];
    private double[] _linkCommit = [];
    private int[] _linkRecord = [];
    private bool[] _linkGuarantee = [];
    private int[] _linksIn = [];
    private int[] _allyCount = [];
    private int[] _supports = [];
    private int _linkTotal;

    /// <summary>Defending strength a state expects from its supporters this year (phase-1 input).</summary>
    internal double[] AlliedDefense = [];

    /// <summary>
    /// Per directed dyad i -> j: the commitment j has pledged to i's defense (0 when none). i discounts the danger it reads
    /// in j by it: forces pledged to one's defense are feared less (Snyder 1984; the dilemma within an alliance remains).
    /// </summary>
    internal double[] Pledged = [];

    /// <summary>Perceived threat per directed dyad this year (phase-1 output).</summary>
    internal double[] EdgeThreat = [];

    /// <summary>Each state's most threatening dyad this year (-1: none) and that threat.</summary>
    internal int[] TopEdge = [];
    internal double[] TopThreat = [];

    private double[] _propensity = [];
    private Policy[] _policy = [];
    private bool[] _buckPassing = [];
    private int[] _buckCatcher = [];
    private int[] _safeYears = [];
    private bool[] _leave = [];
    private int[] _seekAlly = [];
    private int[] _seekEdge = [];
    private int[] _rankedYear = [];
    private int[] _catcher = [];
    private int[] _catcherEdge = [];
    private int[] _partner = [];
    private int[] _partnerEdge = [];

    // Coalitions: allies that joined a war, as an intrusive list per war slot.
    private byte[] _sideOf = [];
    private int[] _nextJoiner = [];
    private int[] _headOf = []; // first joiner of the war the state attacked in (a state is in one war at a time)
    private int[] _queue = [];
    private byte[] _queueSide = [];
    private int _activeJoiners;

    // Logs (grow by doubling; formations and joins are rare, so this is not per-step allocation).
    private LinkState[] _records = new LinkState[8];
    private int _recordCount;

    // Without logs (LogCrises off), records of dissolved links are reused, so a year allocates nothing once the number of
    // alliances alive at once has been reached.
    private int[] _freeRecords = new int[8];
    private int _freeCount;
    private JoinState[] _joins = new JoinState[8];
    private int _joinCount;

    private int _chainGangs;
    private int _buckPasses;
    private int _backfires;

    private struct LinkState
    {
        public bool Guarantee;
        public int Spec;
        public int A;
        public int B;
        public double Commitment;
        public int Formed;
        public int Dissolved;
        public int Live;
    }

    private struct JoinState
    {
        public int War;
        public int State;
        public byte Side;
    }

    /// <summary>The leader's perceived offense-defense balance (the actual one when the scenario gives none).</summary>
    internal double LeaderBalance(int i) => PerceivedBalanceSpec[i] ?? Balance;

    /// <summary>Allocates the alliance tables and installs the scenario's alliances and guarantees.</summary>
    private void InitAlliances()
    {
        _a = _k.Alliances;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < N; i++)
        {
            index[_scenario.States[i].Name] = i;
        }

        int Find(string name) => index.TryGetValue(name, out var x)
            ? x
            : throw new ArgumentException($"alliance or guarantee names an unknown state '{name}'", nameof(_scenario));

        // Room for every declared link plus MaxLinks chosen ones per state.
        var declared = new int[N];
        foreach (var spec in _scenario.Alliances)
        {
            foreach (var m in spec.Members.Distinct(StringComparer.Ordinal))
            {
                declared[Find(m)] += spec.Members.Count - 1;
            }
        }

        foreach (var g in _scenario.Guarantees)
        {
            declared[Find(g.Protege)]++;
        }

        _slots = AllianceConstants.MaxLinks + (N > 0 ? declared.Max() : 0);

        // Room for the declared records and two chosen ones per state before the table has to grow.
        var capacity = Math.Max(8, _scenario.Alliances.Count + _scenario.Guarantees.Count + (2 * N));
        _records = new LinkState[capacity];
        _freeRecords = new int[capacity];
        _linkTo = new int[N * _slots];
        Array.Fill(_linkTo, -1);
        _linkCommit = new double[N * _slots];
        _linkRecord = new int[N * _slots];
        _linkGuarantee = new bool[N * _slots];
        _linksIn = new int[N];
        _allyCount = new int[N];
        _supports = new int[N];
        AlliedDefense = new double[N];
        EdgeThreat = new double[M + Lanes];
        Pledged = new double[M + Lanes];
        TopEdge = new int[N];
        TopThreat = new double[N];
        _propensity = new double[N];
        _policy = new Policy[N];
        _buckPassing = new bool[N];
        _buckCatcher = new int[N];
        _safeYears = new int[N];
        _leave = new bool[N];
        _seekAlly = new int[N];
        _seekEdge = new int[N];
        _rankedYear = new int[N];
        Array.Fill(_rankedYear, int.MinValue);
        _catcher = new int[2 * N];
        _catcherEdge = new int[2 * N];
        _partner = new int[2 * N];
        _partnerEdge = new int[2 * N];
        _sideOf = new byte[N];
        _nextJoiner = new int[N];
        _queue = new int[N];
        _queueSide = new byte[N];
        _headOf = new int[N];
        Array.Fill(_headOf, -1);
        InitCrises();
        for (var i = 0; i < N; i++)
        {
            _propensity[i] = _scenario.States[i].AlliancePropensity;
            _policy[i] = _scenario.States[i].Policy;
            TopEdge[i] = -1;
            _buckCatcher[i] = -1;
        }

        for (var s = 0; s < _scenario.Alliances.Count; s++)
        {
            var spec = _scenario.Alliances[s];
            var members = spec.Members.Distinct(StringComparer.Ordinal).Select(Find).ToArray();
            var r = NewRecord(false, s, members[0], members.Length > 1 ? members[1] : members[0], spec.Commitment, 0);
            for (var x = 0; x < members.Length; x++)
            {
                for (var y = x + 1; y < members.Length; y++)
                {
                    AddAllianceLink(members[x], members[y], spec.Commitment, r);
                }
            }
        }

        for (var s = 0; s < _scenario.Guarantees.Count; s++)
        {
            var spec = _scenario.Guarantees[s];
            var guarantor = Find(spec.Guarantor);
            var protege = Find(spec.Protege);
            var r = NewRecord(true, s, guarantor, protege, spec.Commitment, 0);
            AddLink(protege, guarantor, spec.Commitment, r, true);
        }
    }

    private int NewRecord(bool guarantee, int spec, int a, int b, double commitment, int year)
    {
        if (!LogCrises && _freeCount > 0 && spec < 0)
        {
            var reused = _freeRecords[--_freeCount];
            _records[reused] = new LinkState { Guarantee = guarantee, Spec = spec, A = a, B = b, Commitment = commitment, Formed = year, Dissolved = -1 };
            return reused;
        }

        if (_recordCount == _records.Length)
        {
            Array.Resize(ref _records, _records.Length * 2);
            Array.Resize(ref _freeRecords, _records.Length);
        }

        _records[_recordCount] = new LinkState
        {
            Guarantee = guarantee,
            Spec = spec,
            A = a,
            B = b,
            Commitment = commitment,
            Formed = year,
            Dissolved = -1,
        };
        return _recordCount++;
    }

    private bool AddLink(int row, int supporter, double commitment, int record, bool guarantee)
    {
        var start = row * _slots;
        for (var s = start; s < start + _slots; s++)
        {
            if (_linkTo[s] < 0)
            {
                _linkTo[s] = supporter;
                _linkCommit[s] = commitment;
                _linkRecord[s] = record;
                _linkGuarantee[s] = guarantee;
                _linksIn[row]++;
                _supports[supporter]++;
                _linkTotal++;
                if (!guarantee)
                {
                    _allyCount[row]++;
                }

                _records[record].Live++;
                SetPledge(row, supporter, commitment);
                return true;
            }
        }

        return false;
    }

    private void AddAllianceLink(int a, int b, double commitment, int record)
    {
        if (IsLinked(a, b))
        {
            return;
        }

        AddLink(a, b, commitment, record, false);
        AddLink(b, a, commitment, record, false);
    }

    private void RemoveLink(int slot, int year)
    {
        var row = slot / _slots;
        var supporter = _linkTo[slot];
        var record = _linkRecord[slot];
        _linkTo[slot] = -1;
        _linksIn[row]--;
        _supports[supporter]--;
        _linkTotal--;
        if (!_linkGuarantee[slot])
        {
            _allyCount[row]--;
        }

        SetPledge(row, supporter, 0.0);
        ref var r = ref _records[record];
        r.Live--;
        if (r.Live == 0)
        {
            r.Dissolved = year;
            if (!LogCrises && r.Spec < 0)
            {
                _freeRecords[_freeCount++] = record;
            }
        }
    }

    /// <summary>Records on the dyad row -> supporter (when they border) the commitment the supporter has pledged to row.</summary>
    private void SetPledge(int row, int supporter, double commitment)
    {
        var e = Array.BinarySearch(Target, RowStart[row], RowStart[row + 1] - RowStart[row], supporter);
        if (e >= 0)
        {
            Pledged[e] = commitment;
        }
    }

    /// <summary>Whether <paramref name="a"/> holds a link from <paramref name="b"/> (b would come to a's aid).</summary>
    private bool IsLinked(int a, int b)
    {
        var start = a * _slots;
        for (var s = start; s < start + _slots; s++)
        {
            if (_linkTo[s] == b)
            {
                return true;
            }
        }

        return false;
    }

    private double DefendingStrength(int i) => Defense[i] + (_k.OffenseAsDefense * Offense[i]);

    private double AttackingStrength(int i) => Offense[i] + (DefenseAttack * Defense[i]);

    /// <summary>Before phase 1: the defending strength each state expects from its supporters, at its own perceived balance.</summary>
    /// <remarks>kappa DS_g / (1 + links_g): a supporter's forces are spread over itself and everything it has promised to defend.</remarks>
    private void PrepareSupport()
    {
        if (_linkTotal == 0)
        {
            return;
        }

        for (var i = 0; i < N; i++)
        {
            var sum = 0.0;
            if (_linksIn[i] > 0)
            {
                var tight = AllianceRules.Tightening(LeaderBalance(i), _a.MinTightening, _a.MaxTightening);
                var threat = TopEdge[i] >= 0 ? Target[TopEdge[i]] : -1;
                var start = i * _slots;
                for (var s = start; s < start + _slots; s++)
                {
                    var g = _linkTo[s];
                    if (g >= 0 && WarOf[g] < 0)
                    {
                        var kappa = Graded
                            ? SupporterCommitment(s, g, i, threat, LeaderBalance(i))
                            : AllianceRules.EffectiveCommitment(_linkCommit[s], tight);
                        sum += kappa * DefendingStrength(g) / (1 + _supports[g]);
                    }
                }
            }

            AlliedDefense[i] = sum;
        }
    }

    /// <summary>
    /// Extended deterrence (Huth 1988): the defending strength the attacker <paramref name="attacker"/> expects
    /// <paramref name="target"/>'s allies and guarantors to bring, weighting each declared commitment by its own perceived balance.
    /// </summary>
    private double ExpectedSupport(int target, int attacker)
    {
        if (_linksIn[target] == 0)
        {
            return 0.0;
        }

        var tight = AllianceRules.Tightening(LeaderBalance(attacker), _a.MinTightening, _a.MaxTightening);
        var sum = 0.0;
        var start = target * _slots;
        for (var s = start; s < start + _slots; s++)
        {
            var g = _linkTo[s];
            if (g >= 0 && g != attacker && WarOf[g] < 0)
            {
                var kappa = Graded
                    ? SupporterCommitment(s, g, target, attacker, LeaderBalance(attacker))
                    : AllianceRules.EffectiveCommitment(_linkCommit[s], tight);
                sum += kappa * DefendingStrength(g) / (1 + _supports[g]);
            }
        }

        return sum;
    }

    /// <summary>
    /// Graded dynamics: the share of its commitment (link <paramref name="slot"/>) supporter <paramref name="g"/> is expected,
    /// at perceived balance <paramref name="balance"/>, to honour for <paramref name="ally"/> against <paramref name="enemy"/>:
    /// <see cref="AllianceRules.ExpectedCommitment"/> of its later loss should the ally fall.
    /// </summary>
    private double SupporterCommitment(int slot, int g, int ally, int enemy, double balance)
    {
        if (enemy < 0)
        {
            return _linkCommit[slot];
        }

        var later = AllianceRules.LaterLoss(AttackingStrength(enemy), Resources[enemy], Resources[ally], DefendingStrength(g), balance, _k.ConquestShare);
        return AllianceRules.ExpectedCommitment(_linkCommit[slot], later, _k.ConquestShare);
    }

    /// <summary>
    /// Phase-1 slot: balancing, buck passing, leaving, then (on the decisions just made) forming alliances and guarantees.
    /// </summary>
    private void DecideAlliances(int year, IRunRecorder? recorder)
    {
        CheckBackfire(year, recorder);
        ApplyPolicyToBudgets();
        if (N < 3)
        {
            // With two states nobody can pass the buck or be an ally.
            return;
        }

        var a = _a;
        for (var i = 0; i < N; i++)
        {
            _seekAlly[i] = -1;
            _leave[i] = false;
            if (WarOf[i] >= 0)
            {
                _buckPassing[i] = false;
                continue;
            }

            // A state that has decided to strike a state pledged to its defense breaks with it first.
            if (IntentEdge[i] >= 0 && IsLinked(i, Target[IntentEdge[i]]))
            {
                _leave[i] = true;
                continue;
            }

            _safeYears[i] = Threat[i] < a.SafeThreat ? _safeYears[i] + 1 : 0;
            var p = _propensity[i];
            if (_allyCount[i] > 0 && _safeYears[i] >= a.SafeYearsToLeave * (1.0 + (2.0 * p)))
            {
                _leave[i] = true;
                continue;
            }

            var te = TopEdge[i];
            if (te < 0 || DangerOf(i, te) < a.DangerThreshold || _linksIn[i] > 0)
            {
                // Nobody it borders looks dangerous enough to balance against, or it already balances with allies or a guarantor.
                _buckPassing[i] = false;
                continue;
            }

            DecideBalancing(i, te, year, recorder);
        }

        for (var i = 0; i < N; i++)
        {
            if (_leave[i])
            {
                LeaveAlliances(i, year, recorder);
            }
        }

        for (var i = 0; i < N; i++)
        {
            if (_seekAlly[i] >= 0)
            {
                FormLink(i, year, recorder);
            }
        }
    }

    /// <summary>
    /// The belief of <paramref name="i"/> that the state across dyad <paramref name="e"/> is dangerous: its perceived threat
    /// divided by that state's chance of winning as i sees it (the threat without the military balance).
    /// </summary>
    private double DangerOf(int i, int e)
    {
        var j = Target[e];
        var apparent = Offense[j] + (ApparentDefenseWeight(Distinguishability * (1.0 - WorstCase[i])) * Defense[j]);
        var p = Contest.WinProbability(apparent, DefendingStrength(i) + AlliedDefense[i], BalancePerceived[e]);
        return p > 0.0 ? Math.Min(1.0, EdgeThreat[e] / p) : 0.0;
    }

    /// <summary>A threatened state balances (seeks a partner) or passes the buck to another able state facing the same threat.</summary>
    private void DecideBalancing(int i, int te, int year, IRunRecorder? recorder)
    {
        var a = _a;
        var s = Target[te];
        // In the graded dynamics any threatened state may wait for another to hold the threat off (the same rule for minor
        // and major states); in the classic rules only a state able to balance on its own account.
        var able = Graded || Resources[i] >= a.AbleShare * Resources[s];
        var theta = LeaderBalance(i);
        var threatAttack = AttackingStrength(s);

        // The candidates around s are the same for every state s threatens: ranked once per year (two of each, in case
        // the best is the deciding state itself), so a year costs one scan of each threatening state's row.
        if (_rankedYear[s] != year)
        {
            RankAround(s);
            _rankedYear[s] = year;
        }

        var c0 = _catcher[2 * s];
        var c1 = _catcher[(2 * s) + 1];
        var catcher = -1;
        var bestHold = 0.0;
        if (able)
        {
            var ce = c0 >= 0 && c0 != i ? _catcherEdge[2 * s] : c1 >= 0 && c1 != i ? _catcherEdge[(2 * s) + 1] : -1;
            if (ce >= 0)
            {
                catcher = Target[ce];
                bestHold = AllianceRules.Holdout(DefendingStrength(catcher), threatAttack, theta * Defensibility[ce]);
            }
        }

        var partner = -1;
        var partnerEdge = -1;
        if (_linksIn[i] < _slots)
        {
            for (var q = 2 * s; q < (2 * s) + 2 && partner < 0; q++)
            {
                var k = _partner[q];
                if (k >= 0 && k != i && !IsLinked(i, k))
                {
                    partner = k;
                    partnerEdge = _partnerEdge[q];
                }
            }
        }

        if (catcher >= 0 && AllianceRules.PassesBuck(bestHold, _propensity[i], a.BuckPassHoldout, a.PropensityShift))
        {
            // One event per episode of waiting (a change of catcher within it is the same episode).
            if (!_buckPassing[i])
            {
                _buckPasses++;
                recorder?.Event(new EngineEvent(year, EventKind.BuckPass, [i, catcher, s],
                    $"{Name(i)} waits for {Name(catcher)} to balance {Name(s)} (it sees {Name(catcher)} holding out alone with {bestHold:P0})"));
            }

            _buckPassing[i] = true;
            _buckCatcher[i] = catcher;

            // Free riding: it buys only part of what it would need against the threat it passes on.
            var prudent = _k.PrudentDefense * Resources[i];
            RequiredDefense[i] = Math.Max(prudent, RequiredDefense[i] * a.BuckPassArming);
            DecideBudget(i, DefendingStrength(i) + AlliedDefense[i], AttackingStrength(i));
            return;
        }

        _buckPassing[i] = false;
        if (AllianceRules.SeeksAlliance(AllianceRules.Willingness(_propensity[i]), TopThreat[i], a.SeekThreshold))
        {
            _seekAlly[i] = partner;
            _seekEdge[i] = partnerEdge;
        }
    }

    /// <summary>
    /// Ranks the states around <paramref name="s"/> (its row): the two able, free states not linked to s with the largest
    /// border-weighted defending strength (the likeliest to hold s off alone; holdout rises with it at any perceived balance),
    /// and the two strongest free states that perceive some threat from s and have a free link slot (partners).
    /// </summary>
    private void RankAround(int s)
    {
        var bar = _a.AbleShare * Resources[s];
        int c0 = -1, c1 = -1, p0 = -1, p1 = -1;
        double cv0 = -1, cv1 = -1, pv0 = -1, pv1 = -1;
        for (var e2 = RowStart[s]; e2 < RowStart[s + 1]; e2++)
        {
            var k = Target[e2];
            var r2 = Reverse[e2];
            if (WarOf[k] >= 0 || Pledged[e2] > 0.0 || (r2 >= 0 && Pledged[r2] > 0.0))
            {
                continue;
            }

            var ds = DefendingStrength(k);
            if (Resources[k] >= bar)
            {
                var v = ds * Defensibility[e2];
                if (v > cv0)
                {
                    (c1, cv1, c0, cv0) = (c0, cv0, e2, v);
                }
                else if (v > cv1)
                {
                    (c1, cv1) = (e2, v);
                }
            }

            if (r2 >= 0 && EdgeThreat[r2] > 0.0 && _linksIn[k] < _slots)
            {
                if (ds > pv0)
                {
                    (p1, pv1, p0, pv0) = (p0, pv0, e2, ds);
                }
                else if (ds > pv1)
                {
                    (p1, pv1) = (e2, ds);
                }
            }
        }

        _catcherEdge[2 * s] = c0;
        _catcherEdge[(2 * s) + 1] = c1;
        _catcher[2 * s] = c0 >= 0 ? Target[c0] : -1;
        _catcher[(2 * s) + 1] = c1 >= 0 ? Target[c1] : -1;
        _partner[2 * s] = p0 >= 0 ? Target[p0] : -1;
        _partner[(2 * s) + 1] = p1 >= 0 ? Target[p1] : -1;
        _partnerEdge[2 * s] = p0 >= 0 ? Reverse[p0] : -1;
        _partnerEdge[(2 * s) + 1] = p1 >= 0 ? Reverse[p1] : -1;
    }

    /// <summary>Forms the alliance (or, from an able state to one that is not, the guarantee) state i decided to seek.</summary>
    private void FormLink(int i, int year, IRunRecorder? recorder)
    {
        var a = _a;
        var k = _seekAlly[i];
        var threatOfK = EdgeThreat[_seekEdge[i]];
        var s = Target[_seekEdge[i]];
        if (IsLinked(i, k) || IsLinked(k, i) || WarOf[k] >= 0 || _linksIn[i] >= _slots || _linksIn[k] >= _slots)
        {
            return;
        }

        var ableI = Resources[i] >= a.AbleShare * Resources[s];
        var ableK = Resources[k] >= a.AbleShare * Resources[s];
        if (ableI && !ableK)
        {
            var c = _propensity[i];
            var r = NewRecord(true, -1, i, k, c, year);
            AddLink(k, i, c, r, true);
            recorder?.Event(new EngineEvent(year, EventKind.GuaranteeGiven, [i, k, s],
                $"{Name(i)} guarantees {Name(k)} against {Name(s)} (commitment {c:F2})"));
            return;
        }

        if (_buckPassing[k] || !AllianceRules.SeeksAlliance(AllianceRules.Willingness(_propensity[k]), threatOfK, a.AcceptThreshold))
        {
            return;
        }

        var commitment = 0.5 * (_propensity[i] + _propensity[k]);
        var record = NewRecord(false, -1, i, k, commitment, year);
        AddAllianceLink(i, k, commitment, record);
        recorder?.Event(new EngineEvent(year, EventKind.AllianceFormed, [i, k, s],
            $"{Name(i)} and {Name(k)} ally against {Name(s)} (commitment {commitment:F2})"));
    }

    private void LeaveAlliances(int i, int year, IRunRecorder? recorder)
    {
        var start = i * _slots;
        for (var s = start; s < start + _slots; s++)
        {
            var g = _linkTo[s];
            if (g < 0 || _linkGuarantee[s])
            {
                continue;
            }

            var record = _linkRecord[s];
            RemoveLink(s, year);
            var mirror = g * _slots;
            for (var t = mirror; t < mirror + _slots; t++)
            {
                if (_linkTo[t] == i && _linkRecord[t] == record)
                {
                    RemoveLink(t, year);
                    break;
                }
            }

            recorder?.Event(new EngineEvent(year, EventKind.AllianceLeft, [i, g],
                IntentEdge[i] >= 0 && Target[IntentEdge[i]] == g
                    ? $"{Name(i)} breaks its alliance with {Name(g)} to strike it"
                    : $"{Name(i)} leaves its alliance with {Name(g)}: safe for {_safeYears[i]} years"));
        }

        _safeYears[i] = 0;
    }

    /// <summary>
    /// After wars start: each belligerent's allies and guarantors decide whether to join (and then their own allies), by
    /// commitment and their own calculation (<see cref="AllianceRules.JoinValue"/>).
    /// </summary>
    private void DrawInAllies(int firstNew, int year, IRunRecorder? recorder)
    {
        for (var w = firstNew; w < _warCount; w++)
        {
            _headOf[_wars[w].Attacker] = -1;
            ref var war = ref _wars[w];
            var crisis = CloseCrisisByWar(war.Attacker, war.Defender, war.Edge, war.Preemptive, year);
            if (_linkTotal == 0)
            {
                continue;
            }

            var attack = AttackingStrength(war.Attacker);
            var defend = DefendingStrength(war.Defender);
            var geo = Defensibility[war.Edge];
            _queue[0] = war.Attacker;
            _queueSide[0] = AttackerSide;
            _queue[1] = war.Defender;
            _queueSide[1] = DefenderSide;
            var count = 2;
            for (var q = 0; q < count; q++)
            {
                var x = _queue[q];
                var side = _queueSide[q];
                var start = x * _slots;
                for (var s = start; s < start + _slots; s++)
                {
                    var g = _linkTo[s];
                    if (g < 0 || WarOf[g] >= 0)
                    {
                        continue;
                    }

                    var leader = LeaderBalance(g);
                    var theta = leader * geo;
                    double alone, with;
                    if (side == AttackerSide)
                    {
                        alone = 1.0 - AllianceRules.AttackerWins(attack, defend, theta);
                        with = 1.0 - AllianceRules.AttackerWins(attack + AttackingStrength(g), defend, theta);
                    }
                    else
                    {
                        alone = AllianceRules.AttackerWins(attack, defend, theta);
                        with = AllianceRules.AttackerWins(attack, defend + DefendingStrength(g), theta);
                    }

                    var stake = Resources[g] > 0.0 ? _k.ConquestShare * Resources[x] / Resources[g] : 0.0;
                    var dependence = AllianceRules.Dependence(DefendingStrength(x), DefendingStrength(g));
                    double kappa, value;
                    if (Graded)
                    {
                        // The commitment's tightness follows from what the ally's fall would cost g later, at g's perceived balance.
                        var enemy = side == AttackerSide ? war.Defender : war.Attacker;
                        // A victor that does not border g cannot turn on it later.
                        var reach = EdgeTo(g, enemy);
                        var later = reach < 0 ? 0.0
                            : AllianceRules.LaterLoss(AttackingStrength(enemy), Resources[enemy], Resources[x], DefendingStrength(g), leader * Defensibility[reach], _k.ConquestShare);
                        kappa = _linkCommit[s];
                        value = AllianceRules.ExpectedJoinValue(AllianceRules.Willingness(_propensity[g]), kappa, alone - with, stake, later, _a.Reputation,
                            dependence, _k.WarCost + Weariness[g]);
                    }
                    else
                    {
                        kappa = AllianceRules.EffectiveCommitment(_linkCommit[s], AllianceRules.Tightening(leader, _a.MinTightening, _a.MaxTightening));
                        value = AllianceRules.JoinValue(AllianceRules.Willingness(_propensity[g]), kappa, alone - with, stake, _a.Reputation,
                            dependence, _k.WarCost + Weariness[g]);
                    }

                    if (value <= 0.0)
                    {
                        continue;
                    }

                    if (side == AttackerSide)
                    {
                        attack += AttackingStrength(g);
                    }
                    else
                    {
                        defend += DefendingStrength(g);
                    }

                    Join(w, g, side, x, _linkGuarantee[s], kappa, crisis, year, recorder);
                    _queue[count] = g;
                    _queueSide[count] = side;
                    count++;
                }
            }
        }
    }

    private void Join(int w, int g, byte side, int ally, bool guarantee, double kappa, int crisis, int year, IRunRecorder? recorder)
    {
        WarOf[g] = w;
        _sideOf[g] = side;
        _nextJoiner[g] = _headOf[_wars[w].Attacker];
        _headOf[_wars[w].Attacker] = g;
        _activeJoiners++;
        if (LogCrises)
        {
            // The war's sides for RunResult (kept with the logs).
            if (_joinCount == _joins.Length)
            {
                Array.Resize(ref _joins, _joins.Length * 2);
            }

            _joins[_joinCount++] = new JoinState { War = w, State = g, Side = side };
        }
        var enemy = side == AttackerSide ? _wars[w].Defender : _wars[w].Attacker;
        if (guarantee)
        {
            AddMove(crisis, year, g, CrisisMoveKind.GuaranteeInvoked, ally);
            recorder?.Event(new EngineEvent(year, EventKind.GuaranteeInvoked, [g, ally, enemy],
                $"{Name(g)} honours its guarantee to {Name(ally)} and fights {Name(enemy)} (effective commitment {kappa:F2})"));
        }
        else
        {
            AddMove(crisis, year, g, CrisisMoveKind.AllyJoins, ally);

            // Chain ganging: an ally pulled into its partner's war. The graded dynamics count every ally, minor or major; the
            // classic rules count only a joiner that could balance the enemy on its own account (resources at least
            // AbleShare of the enemy's), a minor ally's entry being on the war's sides and in the crisis log only.
            if (!Graded && Resources[g] < _a.AbleShare * Resources[enemy])
            {
                return;
            }

            _chainGangs++;
            recorder?.Event(new EngineEvent(year, EventKind.ChainGang, [g, ally, enemy],
                $"{Name(g)} is pulled into {Name(ally)}'s war with {Name(enemy)} (effective commitment {kappa:F2})"));
        }
    }

    /// <summary>FightWars hook: allies that joined add their strength to their side.</summary>
    private void AddCoalitionStrength(int w, ref double attack, ref double defend)
    {
        if (_activeJoiners == 0)
        {
            return;
        }

        for (var g = _headOf[_wars[w].Attacker]; g >= 0; g = _nextJoiner[g])
        {
            if (_sideOf[g] == AttackerSide)
            {
                attack += AttackingStrength(g);
            }
            else
            {
                defend += DefendingStrength(g);
            }
        }
    }

    /// <summary>FightWars hook: allies that joined share their side's attrition and the yearly cost of war.</summary>
    private void CoalitionLosses(int w, double keepAttacker, double keepDefender)
    {
        if (_activeJoiners == 0)
        {
            return;
        }

        for (var g = _headOf[_wars[w].Attacker]; g >= 0; g = _nextJoiner[g])
        {
            var keep = _sideOf[g] == AttackerSide ? keepAttacker : keepDefender;
            Offense[g] *= keep;
            Defense[g] *= keep;
            SetResources(g, Resources[g] * (1.0 - _k.WarYearCost));
        }
    }

    /// <summary>End hook: the allies that joined war <paramref name="w"/> are released (and weary).</summary>
    private void ReleaseCoalition(int w)
    {
        if (_activeJoiners == 0 || w < 0)
        {
            return;
        }

        var g = _headOf[_wars[w].Attacker];
        while (g >= 0)
        {
            var next = _nextJoiner[g];
            WarOf[g] = -1;
            _sideOf[g] = NoSide;
            _nextJoiner[g] = -1;
            Weariness[g] += _k.WarWeariness;
            _activeJoiners--;
            g = next;
        }

        _headOf[_wars[w].Attacker] = -1;
    }

    /// <summary>The two sides of war slot <paramref name="w"/> (initiator's first), principals then joiners in order of joining.</summary>
    internal (List<int> Attackers, List<int> Defenders) SidesOf(int w)
    {
        List<int> attackers = [_wars[w].Attacker];
        List<int> defenders = [_wars[w].Defender];
        for (var j = 0; j < _joinCount; j++)
        {
            if (_joins[j].War == w)
            {
                (_joins[j].Side == AttackerSide ? attackers : defenders).Add(_joins[j].State);
            }
        }

        return (attackers, defenders);
    }

    internal int ChainGangEvents => _chainGangs;

    internal int BuckPassEvents => _buckPasses;

    internal int BackfireEvents => _backfires;

    /// <summary>The alliances and guarantees of the run, in order of formation.</summary>
    internal List<AllianceRecord> BuildAlliances()
    {
        var list = new List<AllianceRecord>(_recordCount);
        for (var r = 0; r < _recordCount; r++)
        {
            var x = _records[r];
            IReadOnlyList<string> members = x.Spec >= 0 && !x.Guarantee
                ? [.. _scenario.Alliances[x.Spec].Members.Distinct(StringComparer.Ordinal)]
                : [Name(x.A), Name(x.B)];
            list.Add(new AllianceRecord
            {
                Kind = x.Guarantee ? "guarantee" : "alliance",
                Members = members,
                Commitment = x.Commitment,
                Formed = x.Formed,
                Dissolved = x.Dissolved >= 0 ? x.Dissolved : null,
                Origin = x.Spec >= 0 ? "scenario" : "decision",
            });
        }

        return list;
    }
}
