using SecurityDilemma.Engine;

namespace SecurityDilemma.Runs;

/// <summary>
/// Keeps each state's last row of the series (for summary tables) and the events whose kinds
/// <paramref name="keep"/> selects (none when null), so memory stays small on large worlds.
/// </summary>
public sealed class FinalStateRecorder(int states, Func<EventKind, bool>? keep = null) : IRunRecorder
{
    private readonly StateYear[] last = new StateYear[states];
    private readonly bool[] seen = new bool[states];
    private readonly List<EngineEvent> events = [];

    /// <summary>The last row recorded for each state, or null for a state never recorded.</summary>
    public StateYear? Final(int state) => seen[state] ? last[state] : null;

    /// <summary>The kept events in the order the engine reported them.</summary>
    public IReadOnlyList<EngineEvent> Events => events;

    public void State(in StateYear row)
    {
        if ((uint)row.State < (uint)last.Length)
        {
            last[row.State] = row;
            seen[row.State] = true;
        }
    }

    public void Trust(int year, int observer, int target, double trust)
    {
    }

    public void Event(EngineEvent e)
    {
        if (keep is not null && keep(e.Kind))
        {
            events.Add(e);
        }
    }
}
