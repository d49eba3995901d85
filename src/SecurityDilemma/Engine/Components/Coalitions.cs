namespace SecurityDilemma.Engine.Components;

/// <summary>Allies that joined a war: an intrusive list per war (headed at its initiator), each joiner's side, and the log of joins.</summary>
internal sealed class Coalitions
{
    public const byte NoSide = 0;
    public const byte AttackerSide = 1;
    public const byte DefenderSide = 2;

    public readonly byte[] SideOf;
    public readonly int[] NextJoiner;

    /// <summary>Per state: the first joiner of the war it attacked in (a state is in one war at a time), or -1.</summary>
    public readonly int[] HeadOf;

    /// <summary>Breadth-first queue of a war's belligerents whose supporters are asked in turn.</summary>
    public readonly int[] Queue;
    public readonly byte[] QueueSide;
    public int ActiveJoiners;

    /// <summary>The log of joins (kept with the crisis log, for the war's sides).</summary>
    public JoinState[] Joins = new JoinState[8];
    public int JoinCount;

    public Coalitions(int n)
    {
        SideOf = new byte[n];
        NextJoiner = new int[n];
        HeadOf = new int[n];
        Queue = new int[n];
        QueueSide = new byte[n];
        Array.Fill(HeadOf, -1);
    }

    public struct JoinState
    {
        public int War;
        public int State;
        public byte Side;
    }
}
