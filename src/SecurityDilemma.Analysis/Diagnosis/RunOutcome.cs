using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>What the diagnosis keeps of a counterfactual or replicate run: its wars by kind and its spiral index.</summary>
public readonly record struct RunOutcome(int Wars, int TragicWars, double SpiralIndex)
{
    public bool War => Wars > 0;

    /// <summary>Wars with a belligerent that was not a security seeker.</summary>
    public int NonTragicWars => Wars - TragicWars;

    public static RunOutcome Of(RunResult run)
        => new(run.Wars.Count, run.Wars.Count(w => w.Motives.Values.All(m => m == Motive.SecuritySeeker)), run.Metrics.SpiralIndex);
}
