using BenchmarkDotNet.Attributes;
using SecurityDilemma.Experiments.Calibration;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Bench.Calibration;

/// <summary>
/// Calibration throughput (docs/performance.md, "Calibration"): one 2-parameter ABC-SMC of 2,000 simulations of a
/// 6-state, 100-year world per invocation, with 1 and 2 worker threads (no database, so this is the algorithm and
/// the engine). Runs per second = 2,000 / the time of one invocation.
/// </summary>
/// <remarks>dotnet run -c Release --project bench/SecurityDilemma.Bench -- --filter '*CalibrationBenchmarks*' --job short --inProcess</remarks>
[MemoryDiagnoser]
public class CalibrationBenchmarks
{
    /// <summary>Simulations per invocation.</summary>
    public const int Budget = 2000;

    private CalibrationProblem problem = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var document = ScenarioDocument.Parse("""
            name: six
            years: 100
            observation_noise: 0.2
            technology:
              offense_defense_balance: 1.5
              distinguishability: 0.5
            states:
              - name: A
              - name: B
              - name: C
                resources: 120
              - name: D
                resources: 80
              - name: E
                resources: 110
              - name: F
                resources: 90
            """, "six.yaml");
        var targets = new TargetSet
        {
            Name = "bench",
            Targets =
            [
                new Target { Moment = "mean_military_burden", Value = 0.02, Uncertainty = 0.005, Source = "benchmark" },
                new Target { Moment = "final_mean_trust", Value = 0.8, Uncertainty = 0.05, Source = "benchmark" },
                new Target { Moment = "crisis_count", Value = 3, Uncertainty = 1, Source = "benchmark" },
            ],
        };
        problem = new CalibrationProblem(document, [new CalibrationParameter("observation_noise", 0.05, 0.6), new CalibrationParameter("states.*.prior_trust", 0.1, 0.9)], targets);
    }

    [Benchmark]
    public double AbcSmc2000()
    {
        var settings = new CalibrationSettings { Method = "abc", Budget = Budget, Population = 100, Replications = 1, Seed = 1, Threads = Threads };
        return Calibrator.Run(problem, settings, store: null).Statistic;
    }
}
