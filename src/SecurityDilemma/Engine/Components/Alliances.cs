using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine.Components;

/// <summary>
/// Support links held in preallocated per-state slots (slot s of row i, index i * Slots + s, names a state that would come to
/// i's aid), the pledges they put on dyads, each state's balancing and buck-passing state, and the log of alliances and guarantees.
/// </summary>
internal sealed class Alliances
{
    /// <summary>Link slots per state: every declared link plus <see cref="AllianceConstants.MaxLinks"/> chosen ones.</summary>
    public readonly int Slots;

    public readonly int[] LinkTo;
    public readonly double[] LinkCommit;
    public readonly int[] LinkRecord;
    public readonly bool[] LinkGuarantee;

    /// <summary>Per state: links in its row (its supporters), alliance partners, and how many states it supports.</summary>
    public readonly int[] LinksIn;
    public readonly int[] AllyCount;
    public readonly int[] Supports;
    public int LinkTotal;

    /// <summary>
    /// Per directed dyad i -> j: the commitment j has pledged to i's defense (0 when none). i discounts the danger it reads
    /// in j by it: forces pledged to one's defense are feared less (Snyder 1984; the dilemma within an alliance remains).
    /// </summary>
    public readonly double[] Pledged;

    // Per state: this year's balancing decision.
    public readonly bool[] BuckPassing;
    public readonly int[] BuckCatcher;
    public readonly int[] SafeYears;
    public readonly bool[] Leave;
    public readonly int[] SeekAlly;
    public readonly int[] SeekEdge;

    // Per threatening state, ranked once a year: the two likeliest buck catchers and partners around it.
    public readonly int[] RankedYear;
    public readonly int[] Catcher;
    public readonly int[] CatcherEdge;
    public readonly int[] Partner;
    public readonly int[] PartnerEdge;

    /// <summary>The log of alliances and guarantees (grows by doubling; formations are rare).</summary>
    public LinkState[] Records;
    public int RecordCount;

    /// <summary>Without logs, records of dissolved links are reused, so a year allocates nothing once the number of alliances
    /// alive at once has been reached.</summary>
    public int[] FreeRecords;
    public int FreeCount;

    public Alliances(Scenario scenario, Topology topology)
    {
        var n = topology.N;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index[scenario.States[i].Name] = i;
        }

        // Room for every declared link plus MaxLinks chosen ones per state.
        var declared = new int[n];
        foreach (var spec in scenario.Alliances)
        {
            foreach (var m in spec.Members.Distinct(StringComparer.Ordinal))
            {
                declared[Find(index, m)] += spec.Members.Count - 1;
            }
        }

        foreach (var g in scenario.Guarantees)
        {
            declared[Find(index, g.Protege)]++;
        }

        Slots = AllianceConstants.MaxLinks + (n > 0 ? declared.Max() : 0);

        // Room for the declared records and two chosen ones per state before the table has to grow.
        var capacity = Math.Max(8, scenario.Alliances.Count + scenario.Guarantees.Count + (2 * n));
        Records = new LinkState[capacity];
        FreeRecords = new int[capacity];
        LinkTo = new int[n * Slots];
        Array.Fill(LinkTo, -1);
        LinkCommit = new double[n * Slots];
        LinkRecord = new int[n * Slots];
        LinkGuarantee = new bool[n * Slots];
        LinksIn = new int[n];
        AllyCount = new int[n];
        Supports = new int[n];
        Pledged = new double[topology.M + Topology.Lanes];
        BuckPassing = new bool[n];
        BuckCatcher = new int[n];
        Array.Fill(BuckCatcher, -1);
        SafeYears = new int[n];
        Leave = new bool[n];
        SeekAlly = new int[n];
        SeekEdge = new int[n];
        RankedYear = new int[n];
        Array.Fill(RankedYear, int.MinValue);
        Catcher = new int[2 * n];
        CatcherEdge = new int[2 * n];
        Partner = new int[2 * n];
        PartnerEdge = new int[2 * n];
    }

    /// <summary>The state called <paramref name="name"/> (alliances and guarantees must name known states).</summary>
    public static int Find(Dictionary<string, int> index, string name) => index.TryGetValue(name, out var x)
        ? x
        : throw new ArgumentException($"alliance or guarantee names an unknown state '{name}'", nameof(name));

    /// <summary>Whether <paramref name="a"/> holds a link from <paramref name="b"/> (b would come to a's aid).</summary>
    public bool IsLinked(int a, int b)
    {
        var start = a * Slots;
        for (var s = start; s < start + Slots; s++)
        {
            if (LinkTo[s] == b)
            {
                return true;
            }
        }

        return false;
    }

    public struct LinkState
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
}
