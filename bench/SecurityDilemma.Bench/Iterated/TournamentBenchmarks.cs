using BenchmarkDotNet.Attributes;
using SecurityDilemma.Models.Iterated;

namespace SecurityDilemma.Bench.Iterated;

/// <summary>
/// A 15-strategy, 200-turn, 5-repetition round robin (with self-play: 120 pairs x 5 = 600 matches, 120,000 turns),
/// serial and on all cores, and a single 200-turn match. docs/performance.md, "Iterated games", has the figures.
/// </summary>
[MemoryDiagnoser]
public class TournamentBenchmarks
{
    private static readonly string[] Fifteen =
    [
        "Tit For Tat", "Tit For 2 Tats", "Grudger", "Win-Stay Lose-Shift", "Generous Tit For Tat",
        "Suspicious Tit For Tat", "Always Cooperate", "Always Defect", "Random", "Alternator",
        "Gradual", "First by Tideman and Chieruzzi", "First by Nydegger", "First by Graaskamp", "ZD-Extort-2",
    ];

    private IReadOnlyList<Func<IStrategy>> _players = [];
    private TournamentSettings _settings = new(new MatchSettings());
    private readonly Move[] _a = new Move[200];
    private readonly Move[] _b = new Move[200];

    [GlobalSetup]
    public void Setup()
    {
        _players = [.. Fifteen.Select(n => StrategyCatalogue.Find(n))];
        _settings = new TournamentSettings(new MatchSettings(Turns: 200, Noise: 0.01), Repetitions: 5, Seed: 1);
    }

    [Benchmark(Baseline = true)]
    public int TournamentSerial() => Tournament.Run(_players, _settings with { MaxDegreeOfParallelism = 1 }).Standings.Count;

    [Benchmark]
    public int TournamentParallel() => Tournament.Run(_players, _settings).Standings.Count;

    /// <summary>One match into reused buffers: what the turn loop itself allocates (fresh strategy instances only).</summary>
    [Benchmark]
    public double SingleMatch() => Match.PlayInto(new SecurityDilemma.Models.Iterated.Strategies.TitForTat(), new SecurityDilemma.Models.Iterated.Strategies.FirstByNydegger(), _settings.Match, 3, 200, _a, _b).ScoreA;
}
