using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis.Aspects;

/// <summary>
/// Regulators: which kinds of regulator change the war rate when neutralized alone. Verdicts:
/// material_and_psychological, psychological_only, material_only, none.
/// </summary>
public sealed class Regulators : IAspect
{
    public string Key => "regulators";

    public string Title => "Regulators";

    public ScholarPosition Butterfield { get; } = new("Psychological only: fear and the failure of empathy", "psychological_only");

    public ScholarPosition Herz { get; } = new("Not emphasized: the dilemma follows from anarchy itself", "not_emphasized");

    public ScholarPosition Jervis { get; } = new("Material and psychological: the offense-defense balance and distinguishability, and perception", "material_and_psychological");

    public (string Verdict, string Evidence) Evaluate(DiagnosisContext c)
    {
        var baseline = DiagnosisContext.WarRate(c.Baseline);
        if (baseline.Value == 0)
        {
            return (Verdicts.Undecided, $"no war in {I(c.Replications)} replicates: no regulator can lower the war rate");
        }

        var effects = c.Neutralized
            .Where(n => n.Regulator.IsMaterial || n.Regulator.IsPsychological)
            .Select(n => (n.Regulator, Difference: DiagnosisContext.WarRateDifference(c.Baseline, n.Outcomes)))
            .ToList();
        var material = effects.Any(e => e.Regulator.IsMaterial && e.Difference.AboveZero);
        var psychological = effects.Any(e => e.Regulator.IsPsychological && e.Difference.AboveZero);
        var verdict = Category(material, psychological);
        var text = $"war rate {Ci(baseline)}; neutralizing alone lowers it by: " + string.Join(", ", effects.Select(e => $"{e.Regulator.Name} ({e.Regulator.Kind}) {Ci(e.Difference)}{(e.Difference.AboveZero ? "*" : "")}"));
        return (verdict, text + " (* = interval above zero)");
    }

    /// <summary>The verdict word for which kinds of regulator were found to matter.</summary>
    public static string Category(bool material, bool psychological) => (material, psychological) switch
    {
        (true, true) => "material_and_psychological",
        (false, true) => "psychological_only",
        (true, false) => "material_only",
        _ => "none",
    };
}
