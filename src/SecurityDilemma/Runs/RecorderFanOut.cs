using SecurityDilemma.Engine;

namespace SecurityDilemma.Runs;

/// <summary>Passes every row and event to several recorders, in order.</summary>
public sealed class RecorderFanOut(params IRunRecorder[] recorders) : IRunRecorder
{
    public void State(in StateYear row)
    {
        foreach (var r in recorders)
        {
            r.State(in row);
        }
    }

    public void Trust(int year, int observer, int target, double trust)
    {
        foreach (var r in recorders)
        {
            r.Trust(year, observer, target, trust);
        }
    }

    public void Event(EngineEvent e)
    {
        foreach (var r in recorders)
        {
            r.Event(e);
        }
    }
}
