namespace SecurityDilemma.Engine.Components;

/// <summary>
/// Crises: per directed dyad, whether its observer is in crisis now and after this year's assessment, and the dyads whose
/// flag changed; per canonical dyad, the open crisis; per state, mobilization and restraint; and the crisis log.
/// </summary>
internal sealed class Crises
{
    public const byte OutcomeOpen = 0;
    public const byte OutcomeWar = 1;
    public const byte OutcomeDefused = 2;
    public const byte OutcomeBackedDown = 3;

    /// <summary>An open crisis kept without a log.</summary>
    public const int Unlogged = -2;

    /// <summary>Per dyad: the observer is in crisis with the other (padded).</summary>
    public readonly bool[] Now;

    /// <summary>Per dyad: the flag this year's assessment sets (applied in phase 2; padded).</summary>
    public readonly bool[] Next;

    /// <summary>Dyads whose flag changed this year: row i's list lives at [RowStart[i], RowStart[i] + ChangedCount[i]).</summary>
    public readonly int[] ChangedEdge;
    public readonly int[] ChangedCount;

    /// <summary>Per canonical dyad (i -> j with i &lt; j): the open crisis's log index, <see cref="Unlogged"/> when open without a log, or -1.</summary>
    public readonly int[] Open;

    /// <summary>Per directed dyad x -> y: x has backed down in the crisis now open with y.</summary>
    public readonly bool[] BackedDown;

    /// <summary>Whether crises are kept in a log (off, a year allocates nothing however many crises open).</summary>
    public bool Logged;

    // Per state: in crisis with someone this year, mobilization, restraint after backing down.
    public readonly bool[] InCrisis;
    public readonly bool[] Mobilized;
    public readonly double[] MobOffense;
    public readonly double[] MobDefense;
    public readonly int[] MobYear;
    public readonly int[] MobEdge;
    public readonly int[] MobCrisis;
    public readonly double[] MobLogOdds;
    public readonly double[] MobThreat;
    public readonly int[] Restraint;

    public CrisisState[] Log = new CrisisState[8];
    public int LogCount;
    public MoveState[] Moves = new MoveState[16];
    public int MoveCount;

    public Crises(Topology topology)
    {
        var n = topology.N;
        var m = topology.M;
        Now = new bool[m + Topology.Lanes];
        Next = new bool[m + Topology.Lanes];
        ChangedEdge = new int[m + Topology.Lanes]; // branch-free appends write up to three slots past a row's list (into the next row's, rewritten later)
        ChangedCount = new int[n];
        Open = new int[m];
        Array.Fill(Open, -1);
        BackedDown = new bool[m];
        InCrisis = new bool[n];
        Mobilized = new bool[n];
        MobOffense = new double[n];
        MobDefense = new double[n];
        MobYear = new int[n];
        MobEdge = new int[n];
        MobCrisis = new int[n];
        MobLogOdds = new double[n];
        MobThreat = new double[n];
        Restraint = new int[n];
        Array.Fill(MobYear, int.MinValue);
    }

    public struct CrisisState
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

    public struct MoveState
    {
        public int Crisis;
        public int Year;
        public int State;
        public int Other;
        public CrisisMoveKind Kind;
    }
}
