using BenchmarkDotNet.Attributes;
using SecurityDilemma.Bench.Engine;
using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Bench.Alliances;

/// <summary>
/// The engine's yearly step with alliances on: the 200-state complete world of <see cref="WorldStepBenchmarks"/> (mixed
/// motives) with 40 declared five-state alliances, 40 guarantees, a third of the states firm and a third conciliatory,
/// and leaders split between perceived offense and defense dominance, so balancing, buck passing, joining, mobilization
/// and the crisis log all run. One operation = one directed dyad update, as there. docs/performance.md has the figures.
/// </summary>
[MemoryDiagnoser]
public class AllianceStepBenchmarks
{
    private const int States = 200;
    private const int Dyads = States * (States - 1);
    private World _world = null!;
    private int _year;

    [GlobalSetup]
    public void Setup()
    {
        var world = GeneratedWorlds.Complete(States, mixed: true);
        var states = world.States.Select((s, i) => s with
        {
            Policy = (Policy)(i % 3),
            PerceivedOffenseDefenseBalance = i % 2 == 0 ? 0.6 : 2.5,
            AlliancePropensity = 0.2 + (0.6 * (i % 5) / 4.0),
        }).ToArray();
        var alliances = Enumerable.Range(0, States / 5)
            .Select(b => new AllianceSpec { Members = [.. Enumerable.Range(5 * b, 5).Select(i => states[i].Name)], Commitment = 0.7 })
            .ToArray();
        var guarantees = Enumerable.Range(0, 40)
            .Select(g => new GuaranteeSpec { Guarantor = states[g].Name, Protege = states[States - 1 - g].Name, Commitment = 0.6 })
            .ToArray();
        _world = new World(world with { States = states, Alliances = alliances, Guarantees = guarantees }, 1, EngineConstants.Default);

        // Warm-up: let the world leave its initial transient (and the logs reach their working size).
        for (_year = 1; _year <= 200; _year++)
        {
            _world.Step(_year, null);
        }
    }

    [Benchmark(OperationsPerInvoke = Dyads)]
    public void YearlyStepWithAlliances() => _world.Step(_year++, null);
}
