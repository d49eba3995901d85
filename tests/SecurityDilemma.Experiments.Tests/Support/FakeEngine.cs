using SecurityDilemma.Engine;
using SecurityDilemma.Models.Randomness;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Experiments.Tests.Support;

/// <summary>
/// A test double for <see cref="Simulation.Run(Scenario, ulong, IRunRecorder?)"/>: metrics are a pure function of the scenario and the seed (like the
/// real engine's contract), so infrastructure tests can check that results depend on nothing else.
/// </summary>
public static class FakeEngine
{
    public static RunResult Run(Scenario scenario, ulong seed, IRunRecorder? recorder)
    {
        var rng = new Xoshiro256(seed);
        var danger = (1 - scenario.Technology.Distinguishability) / scenario.Technology.OffenseDefenseBalance;
        var war = rng.NextDouble() < Math.Clamp(danger, 0, 1);
        for (var year = 0; year < scenario.Years; year++)
        {
            for (var s = 0; s < scenario.States.Count; s++)
            {
                recorder?.State(new StateYear(year, s, 100 + rng.NextDouble(), 5, 5, 0.1, rng.NextDouble(), 0.5, 0.5, war && year > 5));
            }
        }

        return new RunResult
        {
            Scenario = scenario,
            Seed = seed,
            Years = scenario.Years,
            Wars = [],
            Metrics = new RunMetrics
            {
                WarOccurred = war,
                FirstWarYear = war ? 1 + rng.NextInt(scenario.Years) : null,
                WarCount = war ? 1 : 0,
                MeanMilitaryBurden = rng.NextDouble() * danger,
                FinalMeanTrust = rng.NextDouble(),
                SpiralIndex = rng.NextGaussian(),
            },
        };
    }
}
