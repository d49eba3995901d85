namespace SecurityDilemma.Engine.Components;

/// <summary>
/// One observer's working memory for its row of dyads, reused by every observer in turn and padded to whole vectors: the
/// observed states' snapshot in row order, and per-dyad results the later passes and the rare paths read back.
/// </summary>
internal sealed class ObserverRow
{
    public readonly double[] Offense;
    public readonly double[] Defense;
    public readonly double[] BoughtOffense;
    public readonly double[] BoughtDefense;
    public readonly double[] InvResources;

    /// <summary>Only for an aggressive observer's row: resources and what kind of target each is.</summary>
    public readonly double[] Resources;
    public readonly double[] TargetKind;

    /// <summary>The observed state's requirement last year, and without the threat the observer itself posed.</summary>
    public readonly double[] RequiredAll;
    public readonly double[] RequiredWithout;

    /// <summary>Per dyad: the apparent attacking strength, the observation noise factor, and the chance the observer loses if struck.</summary>
    public readonly double[] ApparentAttack;
    public readonly double[] Eta;
    public readonly double[] StruckLoses;

    /// <summary>Strike candidates: positions in the row.</summary>
    public readonly int[] Candidates;

    public ObserverRow(int maxDegree)
    {
        var padded = ((maxDegree / Topology.Lanes) + 1) * Topology.Lanes;
        Offense = new double[padded];
        Defense = new double[padded];
        BoughtOffense = new double[padded];
        BoughtDefense = new double[padded];
        InvResources = new double[padded];
        Resources = new double[padded];
        TargetKind = new double[padded];
        RequiredAll = new double[padded];
        RequiredWithout = new double[padded];
        ApparentAttack = new double[padded];
        Eta = new double[padded];
        StruckLoses = new double[padded];
        Candidates = new int[maxDegree + Topology.Lanes];
    }
}
