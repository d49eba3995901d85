using BenchmarkDotNet.Attributes;
using SecurityDilemma.Models.Games;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Bench.Models;

/// <summary>
/// Nash equilibrium finding for 2x2 games by support enumeration: a Stag Hunt (2 pure + 1 mixed),
/// a degenerate game with continua, and a batch of 1,000 random games (seeded, fixed across runs).
/// </summary>
[MemoryDiagnoser]
public class EquilibriumBenchmarks
{
    private readonly TwoByTwoGame _stagHunt = TwoByTwoGame.Symmetric(new PlayerPayoffs(4, 0, 3, 2));
    private readonly TwoByTwoGame _degenerate = new(new PlayerPayoffs(1, 1, 1, 0), new PlayerPayoffs(1, 0, 1, 0));
    private TwoByTwoGame[] _random = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Xoshiro256(20261127);
        _random = new TwoByTwoGame[1000];
        for (var i = 0; i < _random.Length; i++)
        {
            double Draw(ref Xoshiro256 r) => Math.Round((r.NextDouble() * 20) - 10, 1);
            _random[i] = new TwoByTwoGame(
                new PlayerPayoffs(Draw(ref rng), Draw(ref rng), Draw(ref rng), Draw(ref rng)),
                new PlayerPayoffs(Draw(ref rng), Draw(ref rng), Draw(ref rng), Draw(ref rng)));
        }
    }

    [Benchmark]
    public EquilibriumAnalysis StagHunt() => NashEquilibria.Find(_stagHunt);

    [Benchmark]
    public EquilibriumAnalysis Degenerate() => NashEquilibria.Find(_degenerate);

    [Benchmark(OperationsPerInvoke = 1000)]
    public int RandomGames1000()
    {
        var total = 0;
        foreach (var game in _random)
        {
            total += NashEquilibria.Find(game).Equilibria.Count;
        }

        return total;
    }

    [Benchmark]
    public EquilibriumAnalysis GeneratedFromOffenseDefense() => NashEquilibria.Find(OffenseDefenseMapping.Default.Game(0.5, 0.3));
}
