using SecurityDilemma.Models.Randomness;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>
/// The engine's hot state: structure-of-arrays per state and per directed dyad, owned by this type and
/// never shared. Dyads are a CSR adjacency (row i lists the states i observes); everything is allocated
/// once here, so a year allocates nothing unless a recorder asks for events.
/// </summary>
/// <remarks>The yearly step is in World.Step.cs, wars in World.Wars.cs, recording in World.Record.cs.</remarks>
internal sealed partial class World
{
    /// <summary>Lanes of the row pass's vectors; per-dyad arrays it touches carry this much padding.</summary>
    internal const int Lanes = 4;

    private readonly Scenario _scenario;
    private readonly EngineConstants _k;
    private readonly ulong _seed;

    // Kydd update with normal signal likelihoods of common spread: LLR = slope * (mid - signal).
    private readonly double _signalSlope;
    private readonly double _signalMid;

    // Structure.
    internal readonly int N;
    internal readonly int M;
    internal readonly int[] RowStart;
    internal readonly int[] Target;
    internal readonly int[] Reverse;
    internal readonly double[] Defensibility;

    // Per state: private type and psychology.
    internal readonly Motive[] MotiveOf;
    internal readonly double[] WorstCase;
    internal readonly double[] Routine;
    internal readonly double?[] PerceivedBalanceSpec;
    internal readonly double[] Empathy;
    internal readonly double[] RiskTolerance;
    internal readonly double[] TrendGrowth;
    internal readonly double[] ObservedGrowth; // public: each state's recent growth, an exponential moving average
    private readonly Xoshiro256[] _decisionRng; // per state: private war costs, bargaining, leader turnover, growth shocks

    // Per state: material condition at the end of the last year (the snapshot every observer reads).
    internal readonly double[] Resources;
    internal readonly double[] Offense;
    internal readonly double[] Defense;
    internal readonly double[] BoughtOffense;
    internal readonly double[] BoughtDefense;
    internal readonly double[] InvResources;
    internal readonly double[] Burden;
    internal readonly double[] OffenseShare;
    internal readonly int[] WarOf;
    internal readonly double[] Weariness;

    // Per state: this year's assessment and decision (phase 1 output, phase 2 input).
    internal readonly double[] Threat;
    internal readonly double[] RequiredDefense;
    internal readonly double[] SecondRequired; // the requirement without the row's most demanding neighbour
    internal readonly int[] TopRequiredEdge;   // the edge of that neighbour (-1 when the prudent floor decides)
    private readonly double[] _requiredSnapshot; // last year's three, read by observers modelling a state's position
    private readonly double[] _secondSnapshot;
    private readonly int[] _topRequiredSnapshot;
    internal readonly double[] EdgeRequired;  // per dyad: the defence that would make that neighbour's threat tolerable
    internal readonly double[] RequiredAttack;
    internal readonly double[] Rival; // an aggressive state's strongest neighbour's defending strength at the perceived balance
    internal readonly int[] IntentEdge;
    internal readonly bool[] IntentPreemptive;
    internal readonly StrikeKind[] IntentKind;
    internal readonly double[] IntentConcession;
    internal readonly double[] IntentValue;
    internal readonly byte[] Posture;
    private readonly double[] _targetBurden;

    // The states that act on a strike or demand this year, in the order drawn for the year.
    private readonly int[] _moveOrder;

    // Scratch for one observer's strike candidates (positions in its row; sized to the largest row).
    private readonly int[] _candidateRow;

    // Row-sized scratch for the observer's passes, padded to whole vectors: the observed states' snapshot in row order,
    // and per-dyad results the later passes and the rare paths read back.
    private readonly double[] _rowOffense;
    private readonly double[] _rowDefense;
    private readonly double[] _rowBoughtOffense;
    private readonly double[] _rowBoughtDefense;
    private readonly double[] _rowInvResources;
    private readonly double[] _rowResources; // these two only for an aggressive observer's row
    private readonly double[] _rowTargetKind;
    private readonly double[] _rowRequiredAll;     // the observed state's requirement last year
    private readonly double[] _rowRequiredWithout; // ... and without the threat the observer itself posed

    // Per state, this year: 0 at war, 1 free without supporters, 2 free with supporters (what an attacker's calculation needs).
    private readonly double[] _targetKind;
    private readonly double[] _scratchAttack;
    private readonly double[] _scratchEta;
    private readonly double[] _scratchP;

    // No borders listed: row i is every other state in order (GatherRow copies it in two blocks).
    private readonly bool _completeGraph;

    // Edges whose crisis flag changed this year: row i's list lives at [RowStart[i], RowStart[i] + _changedCount[i]).
    private readonly int[] _changedEdge;
    private readonly int[] _changedCount;
    private readonly double[] _targetOffense;
    internal readonly Xoshiro256x4[] Rng; // per observer: four lanes, so the row pass draws four dyads' noise at once

    // Per directed dyad (i observes j).
    internal readonly double[] LogOdds;
    internal readonly double[] BalancePerceived;
    internal readonly double[] InvBalancePerceived;
    internal readonly bool[] Crisis;
    internal readonly bool[] CrisisNext;
    internal readonly byte[] TrustBand;

    // Each row's first canonical edge (target > row; rows are sorted), where CrisisMoves starts.
    private readonly int[] _firstCanonical;

    /// <summary>The enforcer's strength: 0 in anarchy; under hierarchy the chance it acts against an aggressor in a war year,
    /// the share of an aggressor's expected gains it takes, and the share of a threat it removes for a leader who trusts it.</summary>
    internal double EnforcerStrength => !_scenario.Hierarchy ? 0.0 : Graded ? _scenario.EnforcerStrength : 1.0;

    /// <summary>The graded dynamics (beliefs from behaviour in position, private costs, bargaining, prevention, a limited enforcer), or the classic ones.</summary>
    internal bool Graded => _scenario.Dynamics == Dynamics.Graded;

    // Technology now in force.
    internal double Balance;
    internal double Distinguishability;

    /// <summary>
    /// Attack value of one defensive unit (psi). Graded dynamics: material, 1 - d, so at distinguishability 1 defensive
    /// forces have no offensive use and at 0 the same forces serve both (Jervis 1978; Glaser &amp; Kaufmann 1998). Classic:
    /// the constant <see cref="EngineConstants.DefenseAsOffense"/> whatever d is.
    /// </summary>
    internal double DefenseAttack;

    // Wars (grow by doubling; wars are rare, so this is not per-step allocation).
    private WarState[] _wars = new WarState[8];
    private int _warCount;
    private int[] _ongoing = new int[8]; // slots of the ongoing wars, in order of their start
    private int _ongoingCount;

    // Metric accumulators.
    private double _burdenSum;
    private long _burdenCount;
    private int _crisisCount;
    private readonly double _initialArms;
    private readonly double _initialTrust;
    private double _armsBeforeWar;
    private readonly double[] _logOddsBeforeWar;

    public World(Scenario scenario, ulong seed, EngineConstants constants)
    {
        _scenario = scenario;
        _k = constants;
        _seed = seed;
        N = scenario.States.Count;
        _signalSlope = (constants.SignalMeanGreedy - constants.SignalMeanSecuritySeeker) / (constants.SignalSd * constants.SignalSd);
        _signalMid = 0.5 * (constants.SignalMeanGreedy + constants.SignalMeanSecuritySeeker);
        Balance = scenario.Technology.OffenseDefenseBalance;
        Distinguishability = scenario.Technology.Distinguishability;
        DefenseAttack = scenario.Dynamics == Dynamics.Graded ? 1.0 - Distinguishability : constants.DefenseAsOffense;

        (RowStart, Target, Defensibility) = BuildAdjacency(scenario);
        M = Target.Length;
        Reverse = BuildReverse(RowStart, Target);

        MotiveOf = new Motive[N];
        WorstCase = new double[N];
        Routine = new double[N];
        PerceivedBalanceSpec = new double?[N];
        Empathy = new double[N];
        RiskTolerance = new double[N];
        TrendGrowth = new double[N];
        ObservedGrowth = new double[N];
        _decisionRng = new Xoshiro256[N];
        SecondRequired = new double[N];
        TopRequiredEdge = new int[N];
        _requiredSnapshot = new double[N];
        _secondSnapshot = new double[N];
        _topRequiredSnapshot = new int[N];
        Resources = new double[N];
        Offense = new double[N];
        Defense = new double[N];
        BoughtOffense = new double[N];
        BoughtDefense = new double[N];
        InvResources = new double[N];
        Burden = new double[N];
        OffenseShare = new double[N];
        WarOf = new int[N];
        Weariness = new double[N];
        Threat = new double[N];
        RequiredDefense = new double[N];
        RequiredAttack = new double[N];
        Rival = new double[N];
        IntentEdge = new int[N];
        IntentPreemptive = new bool[N];
        IntentKind = new StrikeKind[N];
        _moveOrder = new int[N];
        IntentConcession = new double[N];
        IntentValue = new double[N];
        Posture = new byte[N];
        _targetBurden = new double[N];
        _targetOffense = new double[N];
        Rng = new Xoshiro256x4[N];

        var maxDegree = 0;
        for (var i = 0; i < N; i++)
        {
            maxDegree = Math.Max(maxDegree, RowStart[i + 1] - RowStart[i]);
        }

        _candidateRow = new int[maxDegree + Lanes];
        var padded = ((maxDegree / Lanes) + 1) * Lanes;
        _rowOffense = new double[padded];
        _rowDefense = new double[padded];
        _rowBoughtOffense = new double[padded];
        _rowBoughtDefense = new double[padded];
        _rowInvResources = new double[padded];
        _rowResources = new double[padded];
        _rowTargetKind = new double[padded];
        _rowRequiredAll = new double[padded];
        _rowRequiredWithout = new double[padded];
        _targetKind = new double[N];
        _scratchAttack = new double[padded];
        _scratchEta = new double[padded];
        _scratchP = new double[padded];
        _completeGraph = scenario.Borders.Count == 0;
        _changedEdge = new int[M + Lanes]; // branch-free appends write up to three slots past a row's list (into the next row's, rewritten later)
        _changedCount = new int[N];

        // The per-dyad arrays the vectorized row pass reads and writes are padded by one vector (see Assess).
        LogOdds = new double[M + Lanes];
        BalancePerceived = new double[M + Lanes];
        InvBalancePerceived = new double[M + Lanes];
        EdgeRequired = new double[M + Lanes];
        Crisis = new bool[M + Lanes];
        CrisisNext = new bool[M + Lanes];
        TrustBand = new byte[M];
        _firstCanonical = new int[N];
        for (var i = 0; i < N; i++)
        {
            var e = RowStart[i];
            while (e < RowStart[i + 1] && Target[e] < i)
            {
                e++;
            }

            _firstCanonical[i] = e;
        }

        for (var i = 0; i < N; i++)
        {
            var s = scenario.States[i];
            MotiveOf[i] = s.Motive;
            WorstCase[i] = s.WorstCaseBias;
            Routine[i] = s.RoutineAttachment;
            PerceivedBalanceSpec[i] = s.PerceivedOffenseDefenseBalance;
            Empathy[i] = s.Empathy;
            RiskTolerance[i] = s.RiskTolerance;
            TrendGrowth[i] = s.Growth;
            ObservedGrowth[i] = s.Growth;
            TopRequiredEdge[i] = -1;
            _decisionRng[i] = new Xoshiro256(SeedTree.Derive(seed, [3UL, (ulong)i]));
            Resources[i] = s.Resources;
            Offense[i] = s.Offense;
            Defense[i] = s.Defense;
            InvResources[i] = s.Resources > 0 ? 1.0 / s.Resources : 0.0;
            var forces = s.Offense + s.Defense;

            // A state starts by maintaining what it has: its burden replaces depreciation.
            Burden[i] = s.Resources > 0 ? Math.Min(_k.MaxBurden, _k.Depreciation * forces / s.Resources) : 0.0;
            OffenseShare[i] = forces > 0 ? s.Offense / forces : 0.5;
            BoughtOffense[i] = _k.Depreciation * s.Offense;
            BoughtDefense[i] = _k.Depreciation * s.Defense;
            WarOf[i] = -1;
            Rng[i] = new Xoshiro256x4([
                SeedTree.Derive(seed, [1UL, (ulong)i, 0UL]), SeedTree.Derive(seed, [1UL, (ulong)i, 1UL]),
                SeedTree.Derive(seed, [1UL, (ulong)i, 2UL]), SeedTree.Derive(seed, [1UL, (ulong)i, 3UL])]);
            var prior = Math.Clamp(LogOddsOf(s.PriorTrust), -_k.MaxLogOdds, _k.MaxLogOdds);
            for (var e = RowStart[i]; e < RowStart[i + 1]; e++)
            {
                LogOdds[e] = prior;
                TrustBand[e] = BandOf(s.PriorTrust);
            }
        }

        // Before any year has been assessed, an observer takes each state's present defence as what it needs: the
        // requirement whose steady state (closing lambda of the gap a year against depreciation) is that defence.
        for (var i = 0; i < N; i++)
        {
            var ds = Defense[i] + (_k.OffenseAsDefense * Offense[i]);
            RequiredDefense[i] = ds * (_k.Depreciation + (_k.Adjustment * (1.0 - _k.Depreciation))) / _k.Adjustment;
            SecondRequired[i] = RequiredDefense[i];
        }

        RefreshBalances();
        InitAlliances(); // alliances, guarantees, crisis log (World.Alliances.cs, World.Crises.cs).
        _initialArms = MeanArmsRatio();
        _initialTrust = MeanTrust(LogOdds);
        _armsBeforeWar = _initialArms;
        _logOddsBeforeWar = (double[])LogOdds.Clone();
    }

    /// <summary>Makes room in the war log for <paramref name="capacity"/> wars (the log otherwise doubles when full: the only allocation a step can make).</summary>
    internal void ReserveWars(int capacity)
    {
        if (capacity > _wars.Length)
        {
            Array.Resize(ref _wars, capacity);
            Array.Resize(ref _ongoing, capacity);
        }
    }

    /// <summary>Wars so far, in order of their start.</summary>
    internal ReadOnlySpan<WarState> Wars => _wars.AsSpan(0, _warCount);

    internal static double LogOddsOf(double p) =>
        p <= 0.0 ? double.NegativeInfinity : p >= 1.0 ? double.PositiveInfinity : Math.Log(p / (1.0 - p));

    internal static double TrustOf(double logOdds) => 1.0 / (1.0 + Math.Exp(-logOdds));

    private static byte BandOf(double trust) => trust < 0.25 ? (byte)0 : trust < 0.5 ? (byte)1 : trust < 0.75 ? (byte)2 : (byte)3;

    /// <summary>Per-edge perceived balances: each leader's perceived (or the actual) balance times the border's defensibility.</summary>
    internal void RefreshBalances()
    {
        DefenseAttack = Graded ? 1.0 - Distinguishability : _k.DefenseAsOffense;
        for (var i = 0; i < N; i++)
        {
            RefreshBalances(i);
        }
    }

    /// <summary>Row <paramref name="i"/>'s perceived balances (after a technology change or a new leader).</summary>
    internal void RefreshBalances(int i)
    {
        var leader = PerceivedBalanceSpec[i] ?? Balance;
        for (var e = RowStart[i]; e < RowStart[i + 1]; e++)
        {
            var b = leader * Defensibility[e];
            BalancePerceived[e] = b;
            InvBalancePerceived[e] = 1.0 / b;
        }
    }

    /// <summary>Mean of (offense + defense) / resources over living states: the arms level the spiral index compares.</summary>
    internal double MeanArmsRatio()
    {
        var sum = 0.0;
        for (var i = 0; i < N; i++)
        {
            sum += (Offense[i] + Defense[i]) * InvResources[i];
        }

        return N > 0 ? sum / N : 0.0;
    }

    /// <summary>Mean trust over all directed dyads (1 when there are none: nobody to fear).</summary>
    internal double MeanTrust(double[] logOdds)
    {
        if (M == 0)
        {
            return 1.0;
        }

        var sum = 0.0;
        for (var e = 0; e < M; e++)
        {
            sum += TrustOf(logOdds[e]);
        }

        return sum / M;
    }

    private static (int[] RowStart, int[] Target, double[] Defensibility) BuildAdjacency(Scenario scenario)
    {
        var n = scenario.States.Count;
        var rowStart = new int[n + 1];
        if (scenario.Borders.Count == 0)
        {
            // Complete graph: every pair borders with defensibility 1.
            var m = n * (n - 1);
            var target = new int[m];
            var geo = new double[m];
            var e = 0;
            for (var i = 0; i < n; i++)
            {
                rowStart[i] = e;
                for (var j = 0; j < n; j++)
                {
                    if (j != i)
                    {
                        target[e] = j;
                        geo[e] = 1.0;
                        e++;
                    }
                }
            }

            rowStart[n] = e;
            return (rowStart, target, geo);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index[scenario.States[i].Name] = i;
        }

        var lists = new List<(int Target, double Geo)>[n];
        for (var i = 0; i < n; i++)
        {
            lists[i] = [];
        }

        foreach (var b in scenario.Borders)
        {
            if (!index.TryGetValue(b.A, out var a) || !index.TryGetValue(b.B, out var c))
            {
                throw new ArgumentException($"border between '{b.A}' and '{b.B}' names an unknown state", nameof(scenario));
            }

            if (a == c)
            {
                continue;
            }

            lists[a].Add((c, b.Defensibility));
            lists[c].Add((a, b.Defensibility));
        }

        var total = 0;
        for (var i = 0; i < n; i++)
        {
            // Sorted and deduplicated (the last listing of a border wins), so the row order is canonical.
            lists[i] = [.. lists[i].GroupBy(x => x.Target).Select(g => g.Last()).OrderBy(x => x.Target)];
            total += lists[i].Count;
        }

        var targets = new int[total];
        var geos = new double[total];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            rowStart[i] = k;
            foreach (var (t, g) in lists[i])
            {
                targets[k] = t;
                geos[k] = g;
                k++;
            }
        }

        rowStart[n] = k;
        return (rowStart, targets, geos);
    }

    private static int[] BuildReverse(int[] rowStart, int[] target)
    {
        var reverse = new int[target.Length];
        var n = rowStart.Length - 1;
        for (var i = 0; i < n; i++)
        {
            for (var e = rowStart[i]; e < rowStart[i + 1]; e++)
            {
                var j = target[e];
                var r = Array.BinarySearch(target, rowStart[j], rowStart[j + 1] - rowStart[j], i);
                reverse[e] = r >= 0 ? r : -1;
            }
        }

        return reverse;
    }
}
