using BenchmarkDotNet.Attributes;
using SecurityDilemma.Engine;
using SecurityDilemma.Experiments.Execution;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Experiments.Sweeps;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Bench.Experiments;

/// <summary>
/// Sweep throughput (docs/performance.md, "Experiments"): runs per second of 2-state, 100-year runs, serially through
/// the engine alone and through the sweep executor with 1 and 2 worker threads into a DuckDB file (parallel speed-up).
/// The runs are Jervis's four worlds (scenarios/jervis-*.yaml technology), so wars and peace are both in the mix.
/// </summary>
/// <remarks>dotnet run -c Release --project bench/SecurityDilemma.Bench -- --filter '*SweepBenchmarks*' --job short</remarks>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private const int Replications = 5000;
    private SweepPlan plan = null!;
    private string dir = "";
    private ResultsStore? store;

    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Runs per benchmark invocation: 4 worlds x 500 replications.</summary>
    public const int Runs = 4 * Replications;

    [GlobalSetup]
    public void Setup()
    {
        var sweep = SweepLoader.Parse($"""
            name: bench
            base: unused.yaml
            seed: 1
            replications: {Replications}
            parameters:
              technology.offense_defense_balance: [0.5, 2.0]
              technology.distinguishability: [0.1, 0.9]
            """, "bench.yaml", Path.GetTempPath());
        var points = new List<SweepPoint>();
        var id = 0;
        foreach (var odb in new[] { 0.5, 2.0 })
        {
            foreach (var dist in new[] { 0.1, 0.9 })
            {
                var scenario = new Scenario
                {
                    Name = "bench",
                    Years = 100,
                    Technology = new Technology { OffenseDefenseBalance = odb, Distinguishability = dist },
                    States = [new StateSpec { Name = "Blue" }, new StateSpec { Name = "Red" }],
                };
                points.Add(new SweepPoint(id, [SweepParameter.Format(odb), SweepParameter.Format(dist)], scenario));
                id++;
            }
        }

        plan = new SweepPlan(sweep, points, "bench");
        dir = Path.Combine(Path.GetTempPath(), "dilemma-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
    }

    [IterationSetup(Targets = [nameof(Sweep), nameof(ExecutorOverhead)])]
    public void CreateStore()
    {
        var path = Path.Combine(dir, $"bench-{Guid.NewGuid():N}.duckdb");
        store = ResultsStore.Create(path, plan, ShardSpec.All, "bench");
    }

    [IterationCleanup(Targets = [nameof(Sweep), nameof(ExecutorOverhead)])]
    public void DropStore()
    {
        store?.Dispose();
        foreach (var f in Directory.GetFiles(dir))
        {
            File.Delete(f);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(dir, recursive: true);

    /// <summary>The engine alone, one thread, no database: the ceiling for one worker (ignores Threads).</summary>
    [Benchmark(OperationsPerInvoke = Runs)]
    public double EngineOnly()
    {
        double sum = 0;
        for (var run = 0L; run < plan.TotalRuns; run++)
        {
            var (point, _, seed) = plan.Run(run);
            sum += Simulation.Run(point.Scenario, seed).Metrics.MeanMilitaryBurden;
        }

        return sum;
    }

    /// <summary>The executor and database alone: a stand-in engine that returns at once, so the time is the sweep's own cost per run.</summary>
    [Benchmark(OperationsPerInvoke = Runs)]
    public long ExecutorOverhead()
    {
        var metrics = new RunMetrics { MeanMilitaryBurden = 0.1, FinalMeanTrust = 0.5 };
        RunResult Instant(Scenario s, ulong seed, IRunRecorder? r) => new() { Scenario = s, Seed = seed, Years = s.Years, Wars = [], Metrics = metrics };
        return new SweepExecutor(Instant).Execute(plan, store!, new ExecutionOptions { Threads = Threads }).Computed;
    }

    /// <summary>A whole sweep: worker threads, batching, DuckDB appender and commits.</summary>
    [Benchmark(OperationsPerInvoke = Runs)]
    public long Sweep() => new SweepExecutor().Execute(plan, store!, new ExecutionOptions { Threads = Threads }).Computed;
}
