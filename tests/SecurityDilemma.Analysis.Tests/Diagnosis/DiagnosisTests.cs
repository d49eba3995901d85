using SecurityDilemma.Analysis.Diagnosis;
using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Analysis.Tests.Diagnosis;

/// <summary>
/// The diagnosis on runs built to show each verdict, both ways where the evidence can decide. Counterfactual aspects use
/// 30 replicates of 40-year runs.
/// </summary>
public sealed class DiagnosisTests
{
    private const int R = 30;

    private static void Expect(DiagnosisReport report, string key, string verdict)
    {
        var f = report.Aspects.Single(a => a.Key == key);
        Assert.True(f.Verdict == verdict, $"{key}: expected {verdict}, got {f.Verdict}: {f.Evidence}");
    }

    [Fact]
    public void TwoSecuritySeekersAtWar_ShowLackOfMalignIntentionsAndUnintendedTragicResults()
    {
        var run = Worlds.Run(Worlds.Spiral());
        Assert.NotEmpty(run.Wars);
        var report = Diagnoser.Diagnose(run, R);
        Expect(report, "lack_of_malign_intentions", "yes");
        Expect(report, "unintended_tragic_results", "yes");
        Expect(report, "mutual_fear", "yes");
        Expect(report, "uncertainty_over_intentions", "yes");
        Expect(report, "spiral_like_situation", "yes");
        Expect(report, "power_competition", "yes");
        Expect(report, "self_defeating_results", "yes");
        Expect(report, "important_cause_of_war", "yes");
        Expect(report, "cause_of_all_war", "yes");
        Expect(report, "anarchy_as_source", "yes");
        Expect(report, "universal_or_conditional", "conditional");

        // Offense dominance and indistinguishability drive this world, and so do its new leaders' worst-case readings.
        Expect(report, "regulators", "material_and_psychological");
        Assert.Equal(["jervis"], report.BestFit);
        Assert.Equal(AspectCatalogue.All.Count, report.Aspects.Count);
    }

    [Fact]
    public void PreemptionUnderOffenseDominance_HasMaterialRegulatorsOnly_AndNoSpiral()
    {
        var report = Diagnoser.Diagnose(Worlds.Run(Worlds.Preemption()), R);
        Expect(report, "regulators", "material_only");
        Expect(report, "lack_of_malign_intentions", "yes");

        // The first strike comes in year 2, before arms and distrust can rise together.
        Expect(report, "spiral_like_situation", "no");
        Expect(report, "self_defeating_results", "no");
    }

    [Fact]
    public void GreedyInitiator_ShowsNeitherBenignIntentionsNorTragicResults()
    {
        var run = Worlds.Run(Worlds.Shipped("greedy-vs-seeker.yaml", "years=40"));
        Assert.Contains(run.Wars, w => w.Initiator == "Conquest");
        var report = Diagnoser.Diagnose(run, R);
        Expect(report, "lack_of_malign_intentions", "no");
        Expect(report, "unintended_tragic_results", "no");
        Expect(report, "spiral_like_situation", "no");
        Expect(report, "important_cause_of_war", "no");
        Expect(report, "cause_of_all_war", "no");

        // Greed, not a regulator, makes this war: no single neutralization lowers the rate.
        Expect(report, "regulators", "none");
        Expect(report, "universal_or_conditional", "universal");
    }

    [Fact]
    public void HierarchyRun_ShowsAnarchyAsTheSource()
    {
        var run = Worlds.Run(Worlds.Shipped("hierarchy.yaml", "years=40", "dynamics=graded"));
        Assert.True(run.Scenario.Hierarchy);
        var finding = Diagnoser.Diagnose(run, R).Aspects.Single(a => a.Key == "anarchy_as_source");
        Assert.Equal("yes", finding.Verdict);
        Assert.Equal(["herz", "jervis"], finding.Fits);
        Assert.Contains("with an enforcer", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void PeacefulWorld_SaysWhatItCannotDecide()
    {
        var run = Worlds.Run(Worlds.Shipped("jervis-doubly-stable.yaml", "years=40"));
        Assert.Empty(run.Wars);
        var report = Diagnoser.Diagnose(run, R);
        var v = report.Aspects.ToDictionary(a => a.Key);
        foreach (var key in new[] { "anarchy_as_source", "lack_of_malign_intentions", "regulators", "universal_or_conditional", "important_cause_of_war", "cause_of_all_war" })
        {
            Assert.Equal("undecided", v[key].Verdict);
            Assert.Contains("no war", v[key].Evidence, StringComparison.Ordinal);
            Assert.Empty(v[key].Fits);
        }

        Assert.Equal("no", v["mutual_fear"].Verdict);
        Assert.Equal("no", v["uncertainty_over_intentions"].Verdict);
        Assert.Equal("no", v["self_defeating_results"].Verdict);
        Assert.Equal("no", v["unintended_tragic_results"].Verdict);
        Assert.Equal("no", v["power_competition"].Verdict);
        Assert.Equal("no", v["spiral_like_situation"].Verdict);
    }

    [Fact]
    public void WorstCaseReading_IsAPsychologicalRegulator_ButterfieldsView()
    {
        var run = Worlds.Run(Worlds.WorstCase());
        Assert.NotEmpty(run.Wars);
        var finding = Diagnoser.Diagnose(run, R).Aspects.Single(a => a.Key == "regulators");
        Assert.Equal("psychological_only", finding.Verdict);
        Assert.Equal(["butterfield"], finding.Fits);
    }

    [Fact]
    public void GreedyInitiatorUnderATokenEnforcer_DoesNotShowAnarchyAsTheSource()
    {
        // An enforcer that acts in one war year in thirty does not stop a greedy state: wars persist with it.
        var run = Worlds.Run(Worlds.Shipped("greedy-vs-seeker.yaml", "years=40", "hierarchy=true", "enforcer_strength=0.03"));
        Assert.True(run.Scenario.Hierarchy);
        var finding = Diagnoser.Diagnose(run, R).Aspects.Single(a => a.Key == "anarchy_as_source");
        Assert.True(finding.Verdict == "no", finding.Evidence);
        Assert.Equal(["butterfield"], finding.Fits);
        Assert.Contains("wars persist with an enforcer", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void AnarchyAsSource_No_WhenWarsPersistWithAnEnforcer()
    {
        // Constructed outcomes: the evidence rule, not the engine, is under test.
        var context = Constructed(baseline: 20, anarchy: 20, hierarchy: 20);
        var (verdict, evidence) = new SecurityDilemma.Analysis.Diagnosis.Aspects.AnarchySource().Evaluate(context);
        Assert.Equal("no", verdict);
        Assert.Contains("persist", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Regulators_MaterialAndPsychological_WhenBothKindsLowerTheWarRate()
    {
        var context = Constructed(baseline: 30, anarchy: 30, hierarchy: 0, ("balance", 0), ("worst_case_bias", 5), ("routine_attachment", 30));
        Assert.Equal("material_and_psychological", new SecurityDilemma.Analysis.Diagnosis.Aspects.Regulators().Evaluate(context).Verdict);
        Assert.Equal("conditional", new SecurityDilemma.Analysis.Diagnosis.Aspects.UniversalOrConditional().Evaluate(context).Verdict);
    }

    [Fact]
    public void Evidence_NeverRoundsATrustUpToTheBoundItIsBelow()
    {
        // "trusted 0.5 (both below 0.5)" would contradict itself: a belief of 0.49996 keeps its digits.
        Assert.Equal("0.49996", Format.Below(0.49996, 0.5));
        Assert.Equal("0.43", Format.Below(0.43, 0.5));
        Assert.Equal("0.5", Format.F(0.49996));
    }

    /// <summary>A context over 30 replicates with the given numbers of war replicates per counterfactual.</summary>
    private static DiagnosisContext Constructed(int baseline, int anarchy, int hierarchy, params (string Regulator, int Wars)[] neutralized)
    {
        static IReadOnlyList<RunOutcome> Outcomes(int wars) => [.. Enumerable.Range(0, 30).Select(i => new RunOutcome(i < wars ? 1 : 0, i < wars ? 1 : 0, 0))];
        var run = Worlds.Run(Worlds.Shipped("spiral.yaml", "years=5"));
        var regulators = Analysis.Attribution.RegulatorCatalogue.All.ToDictionary(r => r.Name);
        return new DiagnosisContext(run, new DiagnosisContext.Counterfactuals(
            Outcomes(baseline), Outcomes(anarchy), Outcomes(hierarchy), [.. neutralized.Select(n => (regulators[n.Regulator], Outcomes(n.Wars)))]));
    }
}
