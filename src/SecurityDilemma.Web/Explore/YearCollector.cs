using SecurityDilemma.Engine;

namespace SecurityDilemma.Web.Explore;

/// <summary>Collects one year of a run (rows, the trust matrix when small enough, events) for one line of the stream.</summary>
internal sealed class YearCollector(int states, bool trustMatrix, int maxEvents) : IRunRecorder
{
    public StateYear[] Rows { get; } = new StateYear[states];

    /// <summary>trust[observer][target] (null where the observer does not see the target), or null for large worlds.</summary>
    public double?[][]? TrustMatrix { get; } = trustMatrix ? [.. Enumerable.Range(0, states).Select(_ => new double?[states])] : null;

    public List<EngineEvent> Events { get; } = [];

    public int DroppedEvents { get; private set; }

    public void State(in StateYear row) => Rows[row.State] = row;

    public void Trust(int year, int observer, int target, double trust)
    {
        if (TrustMatrix is not null)
        {
            TrustMatrix[observer][target] = trust;
        }
    }

    public void Event(EngineEvent e)
    {
        if (Events.Count < maxEvents)
        {
            Events.Add(e);
        }
        else
        {
            DroppedEvents++;
        }
    }

    /// <summary>Empties the collector for the next year.</summary>
    public void Clear()
    {
        Events.Clear();
        DroppedEvents = 0;
        if (TrustMatrix is not null)
        {
            foreach (var row in TrustMatrix)
            {
                Array.Clear(row);
            }
        }
    }
}
