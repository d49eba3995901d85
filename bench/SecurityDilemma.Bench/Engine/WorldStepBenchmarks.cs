using BenchmarkDotNet.Attributes;
using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Bench.Engine;

/// <summary>
/// The engine's yearly step on a generated 200-state world where every state observes every other (39,800 directed
/// dyads). One operation = one directed dyad update (observation, trust and threat for one ordered pair), so the
/// reported mean is nanoseconds per dyad update and the allocation column is bytes per dyad (x 39,800 = per step).
/// docs/performance.md, "World engine", has the figures and commands.
/// </summary>
[MemoryDiagnoser]
public class WorldStepBenchmarks
{
    private const int States = 200;
    private const int Dyads = States * (States - 1);
    private World _world = null!;
    private int _year;

    /// <summary>Security seekers only (the common path) or 80% security seekers, 10% greedy, 10% power maximizers.</summary>
    [Params(false, true)]
    public bool Mixed { get; set; }

    /// <summary>The engine dynamics the world runs (docs/model.md: classic rules or the graded dynamics).</summary>
    [Params(Dynamics.Classic, Dynamics.Graded)]
    public Dynamics Dynamics { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _world = new World(GeneratedWorlds.Complete(States, Mixed) with { Dynamics = Dynamics }, 1, EngineConstants.Default);

        // Warm-up: let the world leave its initial transient (and the war log reach its working size).
        for (_year = 1; _year <= 200; _year++)
        {
            _world.Step(_year, null);
        }
    }

    [Benchmark(OperationsPerInvoke = Dyads)]
    public void YearlyStep() => _world.Step(_year++, null);
}
