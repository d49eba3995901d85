using SecurityDilemma.Analysis.Attribution;
using SecurityDilemma.Analysis.Evidence;

namespace SecurityDilemma.Analysis.Tests.Attribution;

/// <summary>Counterfactual attribution over 40 replicates of 40-year runs.</summary>
public sealed class AttributionTests
{
    private const int R = 30;

    /// <summary>
    /// The regulators of the dilemma proper (material and psychological). An enforcer and conciliatory policies avert
    /// every war between security seekers in this engine, so with them in the game they share every attribution equally.
    /// </summary>
    private static readonly IReadOnlyList<Regulator> Regulators = [.. RegulatorCatalogue.All.Where(r => r.IsMaterial || r.IsPsychological)];

    [Fact]
    public void PreemptionUnderOffenseDominance_IsAttributedMainlyToTheBalance()
    {
        var run = Worlds.Run(Worlds.Preemption());
        var first = Assert.Single(run.Wars.Take(1));
        Assert.True(first.Preemptive);
        var report = Attributor.Explain(run, 1, R, regulators: Regulators);
        var balance = report.Regulators.Single(r => r.Name == "balance");
        Assert.Equal(["balance"], report.MainCauses);
        Assert.True(balance.Shapley.AboveZero, $"balance Shapley {balance.Shapley}");
        Assert.All(report.Regulators.Where(r => r.Name != "balance"), r => Assert.True(r.Shapley.Value < balance.Shapley.Value / 2, $"{r.Name}: {r.Shapley}"));
        Assert.True(balance.AvertedShare.Lower > 0.5, $"balance averts {balance.AvertedShare}");
    }

    [Fact]
    public void WarFromWorstCaseReading_IsAttributedMainlyToTheBias()
    {
        var run = Worlds.Run(Worlds.WorstCase());
        Assert.NotEmpty(run.Wars);
        var report = Attributor.Explain(run, 1, R, regulators: Regulators);
        var bias = report.Regulators.Single(r => r.Name == "worst_case_bias");
        Assert.Equal(["worst_case_bias"], report.MainCauses);
        Assert.True(bias.Shapley.AboveZero, $"bias Shapley {bias.Shapley}");
        Assert.Equal(0, report.Regulators.Single(r => r.Name == "balance").Shapley.Value);

        // With every regulator in the game the bias still carries a full, positive share, tied with the structural ones.
        var full = Attributor.Explain(run, 1, 10);
        Assert.Contains("worst_case_bias", full.MainCauses);
        Assert.DoesNotContain("balance", full.MainCauses);
    }

    [Fact]
    public void ShapleyValues_SumToTheTotalEffect()
    {
        var run = Worlds.Run(Worlds.ClassicSpiral("states.*.worst_case_bias=0.5"));
        // Efficiency holds in every replicate, so ten of them (2^8 coalitions each) check it.
        var report = Attributor.Explain(run, 1, 10);
        Assert.True(report.TotalEffect.Value > 0);
        Assert.Equal(report.TotalEffect.Value, report.ShapleySum, 9);
        Assert.Equal(report.BaselineWarRate.Value - report.AllNeutralizedWarRate.Value, report.TotalEffect.Value, 9);
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
        var (players, unavailable) = Attributor.Available(Worlds.Preemption(), [.. Regulators, fake]);
        Assert.DoesNotContain(players, p => p.Name == "telepathy");
        Assert.Contains(unavailable, u => u.Name == "telepathy" && u.Reason.Contains("telepathy", StringComparison.Ordinal));
    }
}
