using System.Text.Json;
using System.Text.Json.Serialization;
using SecurityDilemma.Analysis.Attribution;
using SecurityDilemma.Analysis.Diagnosis;
using SecurityDilemma.Analysis.Evidence;
using Xunit.Abstractions;

namespace SecurityDilemma.Analysis.Tests.Attribution;

/// <summary>
/// Counterfactual attribution with the full regulator set (material, psychological, the enforcer, conciliatory policies
/// and alliances) over 30 replicates of 40-year runs on the graded dynamics.
/// </summary>
public sealed class AttributionTests(ITestOutputHelper output)
{
    private const int R = 30;

    private AttributionReport Explain(RunEvidence run)
    {
        var report = Attributor.Explain(run, 1, R);
        output.WriteLine($"war rate {report.BaselineWarRate}, total effect {report.TotalEffect}, main causes {string.Join(", ", report.MainCauses)}");
        foreach (var r in report.Regulators)
        {
            output.WriteLine($"{r.Name}: Shapley {r.Shapley}, averts {r.AvertedShare}");
        }

        return report;
    }

    [Fact]
    public void PreemptionUnderOffenseDominance_IsAttributedMainlyToTheBalance()
    {
        var run = Worlds.Run(Worlds.Preemption());
        var first = run.Wars[0];
        Assert.True(first.Preemptive);
        var report = Explain(run);
        var balance = report.Regulators.Single(r => r.Name == "balance");

        // The balance's lead over every other regulator is clear in the paired replicates (MainCauses is the top one and
        // those it cannot be told apart from), and the balance alone averts most of the wars.
        Assert.Equal(["balance"], report.MainCauses);
        Assert.True(report.MainCauseLead is { Difference.AboveZero: true }, $"lead {report.MainCauseLead}");
        Assert.True(balance.Shapley.AboveZero, $"balance Shapley {balance.Shapley}");
        Assert.True(balance.AvertedShare.Lower > 0.5, $"balance averts {balance.AvertedShare}");
        Assert.True(balance.Shapley.Value > report.TotalEffect.Value / 2, $"balance carries {balance.ShapleyShare} of the total effect");
    }

    [Fact]
    public void PreemptionUnderOffenseDominance_IsSharedWithAnarchy_WhenAStrongEnforcerIsConceivable()
    {
        // The same war where a hierarchy would bring a strong enforcer (0.9): the enforcer alone averts it as surely as a
        // neutral balance, the war is overdetermined, and Shapley splits it evenly between them (Herz's reading).
        var run = Worlds.Run(Worlds.Preemption("enforcer_strength=0.9"));
        var report = Explain(run);
        var balance = report.Regulators.Single(r => r.Name == "balance");
        var hierarchy = report.Regulators.Single(r => r.Name == "hierarchy");
        Assert.Contains("balance", report.MainCauses);
        Assert.Contains("hierarchy", report.MainCauses);
        Assert.True(hierarchy.AvertedShare.Lower > 0.8, $"the enforcer averts {hierarchy.AvertedShare}");
        Assert.True(Math.Abs(balance.Shapley.Value - hierarchy.Shapley.Value) < 0.05, $"balance {balance.Shapley}, hierarchy {hierarchy.Shapley}");
    }

    [Fact]
    public void WarFromWorstCaseReading_IsAttributedMainlyToTheBias()
    {
        var run = Worlds.Run(Worlds.WorstCase());
        Assert.NotEmpty(run.Wars);
        var report = Explain(run);
        var bias = report.Regulators.Single(r => r.Name == "worst_case_bias");
        Assert.Equal(["worst_case_bias"], report.MainCauses);
        Assert.True(bias.Shapley.AboveZero, $"bias Shapley {bias.Shapley}");
        Assert.True(bias.AvertedShare.Lower > 0.8, $"bias averts {bias.AvertedShare}");

        // The technology is already neutral and distinguishable: those regulators change nothing (the open frontier is
        // geography, which no regulator removes).
        Assert.Equal(0, report.Regulators.Single(r => r.Name == "balance").Shapley.Value);
        Assert.Equal(0, report.Regulators.Single(r => r.Name == "distinguishability").Shapley.Value);
    }

    [Fact]
    public void WarFromWorstCaseReading_IsSharedWithAnarchy_WhenAStrongEnforcerIsConceivable()
    {
        var report = Explain(Worlds.Run(Worlds.WorstCase("enforcer_strength=0.9")));
        Assert.Contains("worst_case_bias", report.MainCauses);
        Assert.Contains("hierarchy", report.MainCauses);
        Assert.DoesNotContain("balance", report.MainCauses);
    }

    [Fact]
    public void ShapleyValues_SumToTheTotalEffect()
    {
        var run = Worlds.Run(Worlds.Spiral());
        Assert.NotEmpty(run.Wars);

        // Efficiency holds in every replicate, so ten of them (2^8 coalitions each) check it.
        var report = Attributor.Explain(run, 1, 10);
        Assert.True(report.TotalEffect.Value > 0);
        Assert.True(report.Regulators.Count(r => r.Shapley.Value != 0) >= 3, "several regulators share the effect");
        Assert.Equal(report.TotalEffect.Value, report.ShapleySum, 9);
        Assert.Equal(report.BaselineWarRate.Value - report.AllNeutralizedWarRate.Value, report.TotalEffect.Value, 9);
    }

    [Fact]
    public void MainCauses_AreTheRegulatorsTheReplicatesCannotTellApart()
    {
        // Paired per-replicate Shapley values: a and b differ by a constant, so their difference is clear; a and c are tied.
        var main = Attributor.MainCauses(["a", "b", "c", "d"], [[0.5, 0.5, 0.5], [0.2, 0.2, 0.2], [0.5, 0.5, 0.5], [0, 0, 0]]);
        Assert.Equal(["a", "c"], main);

        // Noisy values whose difference has an interval reaching zero are not told apart.
        Assert.Equal(["a", "b"], Attributor.MainCauses(["a", "b"], [[1, 0, 1, 0], [0, 1, 0, 0.9]]));
        Assert.Empty(Attributor.MainCauses(["a"], [[0, 0]]));

        // The lead is over the strongest regulator outside the main causes: a - b is 0.3 in every replicate.
        var lead = Attributor.Lead(["a", "b", "c", "d"], [[0.5, 0.5, 0.5], [0.2, 0.2, 0.2], [0.5, 0.5, 0.5], [0, 0, 0]], main);
        Assert.NotNull(lead);
        Assert.Equal("b", lead.Over);
        Assert.Equal(0.3, lead.Difference.Value, 12);
        Assert.True(lead.Difference.AboveZero);
        Assert.Null(Attributor.Lead(["a"], [[0.5, 0.5]], ["a"]));

        // One replicate gives no interval: only exact ties count.
        Assert.Equal(["a"], Attributor.MainCauses(["a", "b"], [[1], [0.9]]));
    }

    [Fact]
    public void AttributionAndDiagnosis_AreIdenticalAtAnyThreadCount()
    {
        var run = Worlds.Run(Worlds.Spiral());
        var options = new JsonSerializerOptions { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
        string Explained(int threads) => JsonSerializer.Serialize(Attributor.Explain(run, 1, 6, threads), options);
        string Diagnosed(int threads) => JsonSerializer.Serialize(Diagnoser.Diagnose(run, 6, threads), options);
        var one = Explained(1);
        Assert.Contains("\"Shapley\"", one, StringComparison.Ordinal);
        Assert.Equal(one, Explained(2));
        Assert.Equal(one, Explained(3));
        Assert.Equal(Diagnosed(1), Diagnosed(3));
    }

    [Fact]
    public void UnknownWarNumber_IsAnInputError()
    {
        var run = Worlds.Run(Worlds.Preemption());
        var e = Assert.Throws<InputException>(() => Attributor.Explain(run, run.Wars.Count + 1, 2));
        Assert.Contains($"there is no war {run.Wars.Count + 1}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegulatorsTheEngineLacks_AreReportedUnavailable_NotSkipped()
    {
        var fake = new Regulator { Name = "telepathy", Kind = "psychological", Neutralize = [Scenarios.ParameterOverride.Parse("states.*.telepathy=1")], Source = "none", Meaning = "test" };
        var (players, unavailable) = Attributor.Available(Worlds.Preemption(), [.. RegulatorCatalogue.All, fake]);
        Assert.DoesNotContain(players, p => p.Name == "telepathy");
        Assert.Contains(unavailable, u => u.Name == "telepathy" && u.Reason.Contains("telepathy", StringComparison.Ordinal));
    }
}
