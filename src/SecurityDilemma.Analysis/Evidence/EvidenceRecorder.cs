using SecurityDilemma.Engine;

namespace SecurityDilemma.Analysis.Evidence;

/// <summary>Keeps a run's per-year series and beliefs in memory (events are not needed by the analyses).</summary>
public sealed class EvidenceRecorder : IRunRecorder
{
    private readonly List<StateYear> series = [];
    private readonly List<TrustRow> trust = [];

    /// <summary>The series rows in the order the engine gave them.</summary>
    public IReadOnlyList<StateYear> Series => series;

    /// <summary>The belief rows in the order the engine gave them.</summary>
    public IReadOnlyList<TrustRow> Beliefs => trust;

    public void State(in StateYear row) => series.Add(row);

    public void Trust(int year, int observer, int target, double value) => trust.Add(new TrustRow(year, observer, target, value));

    public void Event(EngineEvent e)
    {
    }
}
