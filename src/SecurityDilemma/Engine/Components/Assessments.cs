namespace SecurityDilemma.Engine.Components;

/// <summary>
/// This year's threat assessment (phase-1 output, read by alliances, crises and phase 2), and last year's requirements, which
/// observers read when they model another state's position.
/// </summary>
internal sealed class Assessments
{
    /// <summary>Per state: the chance some neighbour attacks it successfully, 1 - prod(1 - threat).</summary>
    public readonly double[] Threat;

    /// <summary>Per state: the defending strength that would make every threat tolerable (at least the prudent floor).</summary>
    public readonly double[] RequiredDefense;

    /// <summary>Per state: the requirement without its most demanding neighbour, and that neighbour's dyad (-1 when the floor decides).</summary>
    public readonly double[] SecondRequired;
    public readonly int[] TopRequiredEdge;

    /// <summary>Last year's three, the snapshot observers read.</summary>
    public readonly double[] RequiredSnapshot;
    public readonly double[] SecondSnapshot;
    public readonly int[] TopRequiredSnapshot;

    /// <summary>Per dyad: the defence that would make that neighbour's threat tolerable, and the threat itself (padded).</summary>
    public readonly double[] EdgeRequired;
    public readonly double[] EdgeThreat;

    /// <summary>Per state: its most threatening dyad this year (-1: none) and that threat.</summary>
    public readonly int[] TopEdge;
    public readonly double[] TopThreat;

    /// <summary>Per state: the attacking strength a greedy state wants against its weakest free target.</summary>
    public readonly double[] RequiredAttack;

    /// <summary>Per state: an aggressive state's strongest neighbour's defending strength at the perceived balance.</summary>
    public readonly double[] Rival;

    /// <summary>Per state, this year: 0 at war, 1 free without supporters, 2 free with supporters (what an attacker's calculation needs).</summary>
    public readonly double[] TargetKind;

    /// <summary>Per state: the defending strength it expects from its supporters this year.</summary>
    public readonly double[] AlliedDefense;

    public Assessments(Topology topology)
    {
        var n = topology.N;
        var padded = topology.M + Topology.Lanes;
        Threat = new double[n];
        RequiredDefense = new double[n];
        SecondRequired = new double[n];
        TopRequiredEdge = new int[n];
        RequiredSnapshot = new double[n];
        SecondSnapshot = new double[n];
        TopRequiredSnapshot = new int[n];
        EdgeRequired = new double[padded];
        EdgeThreat = new double[padded];
        TopEdge = new int[n];
        TopThreat = new double[n];
        RequiredAttack = new double[n];
        Rival = new double[n];
        TargetKind = new double[n];
        AlliedDefense = new double[n];
        Array.Fill(TopRequiredEdge, -1);
        Array.Fill(TopEdge, -1);
    }

    /// <summary>
    /// Before any year has been assessed, an observer takes each state's present defence as what it needs: the requirement
    /// whose steady state (closing lambda of the gap a year against depreciation) is that defence.
    /// </summary>
    public void AssumePresentDefenseRequired(Forces forces, EngineConstants k)
    {
        for (var i = 0; i < Threat.Length; i++)
        {
            var ds = forces.DefendingStrength(i);
            RequiredDefense[i] = ds * (k.Depreciation + (k.Adjustment * (1.0 - k.Depreciation))) / k.Adjustment;
            SecondRequired[i] = RequiredDefense[i];
        }
    }
}
