using SecurityDilemma.Analysis.Diagnosis.Aspects;

namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>The twelve aspects in the table's order (THEORY.md section 5).</summary>
public static class AspectCatalogue
{
    public static IReadOnlyList<IAspect> All { get; } =
    [
        new AnarchySource(),
        new Uncertainty(),
        new MutualFear(),
        new LackOfMalignIntentions(),
        new PowerCompetition(),
        new SpiralLikeSituation(),
        new UnintendedTragicResults(),
        new SelfDefeatingResults(),
        new Regulators(),
        new UniversalOrConditional(),
        new ImportantCauseOfWar(),
        new CauseOfAllWar(),
    ];
}
