using System.Globalization;
using SecurityDilemma.Experiments.Execution;
using SecurityDilemma.Experiments.Sampling;
using SecurityDilemma.Experiments.Sweeps;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Experiments.Tests.Support;

/// <summary>Plans built without the scenario loader: points get scenarios constructed in code from their values.</summary>
public static class TestPlans
{
    public const string GridYaml = """
        name: test-grid
        base: base.yaml
        seed: 42
        replications: 7
        parameters:
          technology.offense_defense_balance: [0.5, 1, 2]
          technology.distinguishability: {min: 0.1, max: 0.9, steps: 4}
        series: SERIES
        """;

    public static SweepPlan Grid(bool series = false, int years = 10, string? yaml = null)
    {
        var text = (yaml ?? GridYaml).Replace("SERIES", series ? "true" : "false", StringComparison.Ordinal);
        var sweep = SweepLoader.Parse(text, "test.yaml", Path.GetTempPath());
        var values = Samplers.All[sweep.Sampling].Sample(sweep.Parameters, sweep.Samples, SecurityDilemma.Experiments.Seeds.RunSeeds.Sampling(sweep.Seed));
        var points = values.Select((v, i) => new SweepPoint(i, v, new Scenario
        {
            Name = "fake",
            Years = years,
            Technology = new Technology
            {
                OffenseDefenseBalance = double.Parse(v[0], CultureInfo.InvariantCulture),
                Distinguishability = double.Parse(v[1], CultureInfo.InvariantCulture),
            },
            States = [new StateSpec { Name = "Athens" }, new StateSpec { Name = "Sparta" }],
        })).ToList();
        return new SweepPlan(sweep, points, "scenario-hash");
    }

    /// <summary>A fresh path for a database under a per-test temporary directory.</summary>
    public static string TempDb(string name = "results.duckdb")
    {
        var dir = Path.Combine(Path.GetTempPath(), "dilemma-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
