using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Analysis.StageGames;

namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>Diagnoses a run against the twelve aspects and summarizes its stage games.</summary>
public static class Diagnoser
{
    public static DiagnosisReport Diagnose(RunEvidence run, int replications, int threads = 0, string? lens = null)
    {
        var context = new DiagnosisContext(run, replications, threads);
        var findings = AspectCatalogue.All.Select(a => AspectFinding.Of(a, context)).ToList();
        var fit = Scholars.Fit(findings);
        return new DiagnosisReport
        {
            Source = run.Source,
            Scenario = run.Scenario.Name,
            Seed = run.Seed,
            Lens = lens,
            Replications = replications,
            Aspects = findings,
            Fit = fit,
            BestFit = Scholars.Best(fit),
            StageGames = StageGameSummary.Of(StageGameBuilder.Build(run)),
        };
    }
}
