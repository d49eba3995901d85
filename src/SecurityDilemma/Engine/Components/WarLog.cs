namespace SecurityDilemma.Engine.Components;

/// <summary>The wars of the run (a log that grows by doubling; wars are rare, so this is not per-step allocation) and which war each state fights.</summary>
internal sealed class WarLog
{
    /// <summary>Wars so far in slots 0 .. Count - 1, in order of their start.</summary>
    public WarState[] Items = new WarState[8];
    public int Count;

    /// <summary>Slots of the ongoing wars, in order of their start, in 0 .. OngoingCount - 1.</summary>
    public int[] Ongoing = new int[8];
    public int OngoingCount;

    /// <summary>Per state: the slot of the war it fights (-1: at peace).</summary>
    public readonly int[] WarOf;

    public WarLog(int n)
    {
        WarOf = new int[n];
        Array.Fill(WarOf, -1);
    }

    /// <summary>Makes room for <paramref name="capacity"/> wars.</summary>
    public void Reserve(int capacity)
    {
        if (capacity > Items.Length)
        {
            Array.Resize(ref Items, capacity);
            Array.Resize(ref Ongoing, capacity);
        }
    }

    /// <summary>Logs a new war as ongoing, in the next slot (the log doubles when full).</summary>
    public void Add(in WarState war)
    {
        if (Count == Items.Length)
        {
            Array.Resize(ref Items, Items.Length * 2);
            Array.Resize(ref Ongoing, Items.Length);
        }

        var slot = Count++;
        Ongoing[OngoingCount++] = slot;
        Items[slot] = war;
    }
}
