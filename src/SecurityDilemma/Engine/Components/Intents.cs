namespace SecurityDilemma.Engine.Components;

/// <summary>Per state: this year's decision to strike or demand (phase-1 output, phase-2 input), and the order movers act in.</summary>
internal sealed class Intents
{
    /// <summary>The dyad toward the state it moves against (-1: none).</summary>
    public readonly int[] Edge;
    public readonly bool[] Preemptive;
    public readonly StrikeKind[] Kind;

    /// <summary>A demand's concession, as a share of the target's resources.</summary>
    public readonly double[] Concession;

    /// <summary>The expected value of the move (for events).</summary>
    public readonly double[] Value;

    /// <summary>The states that act on a strike or demand this year, in the order drawn for the year.</summary>
    public readonly int[] MoveOrder;

    public Intents(int n)
    {
        Edge = new int[n];
        Preemptive = new bool[n];
        Kind = new StrikeKind[n];
        Concession = new double[n];
        Value = new double[n];
        MoveOrder = new int[n];
    }
}
