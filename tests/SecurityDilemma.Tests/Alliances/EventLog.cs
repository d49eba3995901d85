using SecurityDilemma.Engine;

namespace SecurityDilemma.Tests.Alliances;

/// <summary>A recorder that keeps only the events.</summary>
internal sealed class EventLog : IRunRecorder
{
    public List<EngineEvent> Events { get; } = [];

    public void State(in StateYear row)
    {
    }

    public void Trust(int year, int observer, int target, double trust)
    {
    }

    public void Event(EngineEvent e) => Events.Add(e);
}
