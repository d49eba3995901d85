using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>Spiral-like situation: yes when the run's spiral index is positive (arms rose while trust fell, docs/model.md).</summary>
public sealed class SpiralLikeSituation : IAspect
{
    public string Key => "spiral_like_situation";

    public string Title => "Spiral-like situation";

    public ScholarPosition Butterfield { get; } = new("Yes: each side's precautions confirm the other's fear, and tension mounts", Verdicts.Yes);

    public ScholarPosition Herz { get; } = new("Yes: a vicious circle of security and power accumulation", Verdicts.Yes);

    public ScholarPosition Jervis { get; } = new("Yes: the spiral model is his name for it", Verdicts.Yes);

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        var s = c.Run.Metrics.SpiralIndex;
        return s > 0
            ? (Verdicts.Yes, $"spiral index {F(s)}: arms rose while trust fell before the first war")
            : (Verdicts.No, $"spiral index {F(s)}: arms and distrust did not rise together");
    }
}
