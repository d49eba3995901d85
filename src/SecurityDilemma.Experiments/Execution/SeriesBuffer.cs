using SecurityDilemma.Engine;

namespace SecurityDilemma.Experiments.Execution;

/// <summary>Collects one run's per-year state rows; a worker reuses one buffer across its runs.</summary>
internal sealed class SeriesBuffer : IRunRecorder
{
    private readonly List<StateYear> rows = [];

    public void State(in StateYear row) => rows.Add(row);

    public void Trust(int year, int observer, int target, double trust)
    {
        // Trust matrices are not part of the sweep series (state rows carry mean_trust_held).
    }

    public void Event(EngineEvent e)
    {
        // Events are not stored by sweeps; `dilemma run --out` keeps them.
    }

    /// <summary>The rows so far, then empties the buffer for the next run.</summary>
    public StateYear[] Take()
    {
        var result = rows.ToArray();
        rows.Clear();
        return result;
    }
}
