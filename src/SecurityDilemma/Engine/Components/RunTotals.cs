namespace SecurityDilemma.Engine.Components;

/// <summary>The run's metric accumulators (docs/model.md, "Metrics").</summary>
internal sealed class RunTotals
{
    public double BurdenSum;
    public long BurdenCount;
    public int CrisisCount;
    public int ChainGangs;
    public int BuckPasses;
    public int BuckPassYears;
    public int BalancingDecisions;
    public int Backfires;
    public double InitialArms;
    public double InitialTrust;

    /// <summary>The arms level and trust in the last year of peace (the spiral index compares them with the start).</summary>
    public double ArmsBeforeWar;
    public readonly double[] LogOddsBeforeWar;

    public RunTotals(int m) => LogOddsBeforeWar = new double[m + Topology.Lanes];
}
