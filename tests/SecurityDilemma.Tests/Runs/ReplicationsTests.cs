using SecurityDilemma.Engine;
using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Scenarios;

namespace SecurityDilemma.Tests.Runs;

public class ReplicationsTests
{
    private static Scenario Spiral(int years) => ScenarioDocument.Load(RepoFiles.Path("scenarios/spiral.yaml")).With($"years={years}").Build();

    [Fact]
    public void ReplicateI_UsesSeedPlusI_AndResultsAreStoredByIndex()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<(ulong ScenarioSeed, ulong Seed)>();
        var results = Replications.Run(Spiral(3), 10, 16, threads: 4, run: (s, seed) =>
        {
            seen.Add((s.Seed, seed));
            return Simulation.Run(s, seed);
        });
        Assert.Equal(Enumerable.Range(10, 16).Select(i => (ulong)i), results.Select(r => r.Seed));
        Assert.All(seen, x => Assert.Equal(x.ScenarioSeed, x.Seed));
        Assert.Equal(ulong.MaxValue, Replications.SeedOf(ulong.MaxValue - 2, 2));
        Assert.Equal(0UL, Replications.SeedOf(ulong.MaxValue, 1));
    }

    [Fact]
    public void Results_AreIdenticalForOneAndManyThreads()
    {
        var scenario = Spiral(30);
        var one = Replications.Run(scenario, 1, 12, threads: 1);
        var many = Replications.Run(scenario, 1, 12, threads: 3);
        Assert.Equal(one.Select(r => r.Metrics.ToArray()), many.Select(r => r.Metrics.ToArray()));
        Assert.Equal(one.Select(r => r.Wars.Count), many.Select(r => r.Wars.Count));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(Limits.MaxReplications + 1, 0)]
    [InlineData(5, -1)]
    [InlineData(5, Limits.MaxThreads + 1)]
    public void OutOfRange_Throws(int count, int threads)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Replications.Run(Spiral(2), 1, count, threads));

    private static RunResult Result(bool war, int? firstWar, double burden)
        => new()
        {
            Scenario = Spiral(1),
            Seed = 1,
            Years = 1,
            Wars = [],
            Metrics = new RunMetrics { WarOccurred = war, FirstWarYear = firstWar, MeanMilitaryBurden = burden, TragicWar = war },
        };

    [Fact]
    public void Summary_RatesUseWilson_MeansUseStudentT_UndefinedValuesAreLeftOut()
    {
        // 3 wars in 10 runs: Wilson (1927) 95% interval [0.1078, 0.6032] (z = 1.95996).
        RunResult[] runs =
        [
            Result(true, 5, 0.1), Result(true, 7, 0.2), Result(true, 9, 0.3),
            .. Enumerable.Range(0, 7).Select(_ => Result(false, null, 0.2)),
        ];
        var summary = ReplicationSummary.Summarize(runs).ToDictionary(m => m.Name, m => m.Estimate);

        Assert.Equal(ReplicationSummary.Names, ReplicationSummary.Summarize(runs).Select(m => m.Name));
        Assert.Equal(0.3, summary["war_rate"].Value, 12);
        Assert.Equal(0.1078, summary["war_rate"].Lower, 4);
        Assert.Equal(0.6032, summary["war_rate"].Upper, 4);
        Assert.Equal(0.3, summary["tragic_war_rate"].Value, 12);
        Assert.Equal(0, summary["preemptive_war_rate"].Value);

        // first_war_year: mean of 5, 7, 9 over the 3 runs with a war; t(2) = 4.3027, sd = 2 -> half width 4.968.
        Assert.Equal(3, summary["first_war_year"].N);
        Assert.Equal(7, summary["first_war_year"].Value, 12);
        Assert.Equal(7 - 4.968, summary["first_war_year"].Lower, 3);

        Assert.Equal(0.2, summary["mean_military_burden"].Value, 12);
        Assert.Equal(10, summary["mean_military_burden"].N);
        Assert.DoesNotContain("war_occurred", summary.Keys);
        Assert.Equal(RunMetrics.Names.Count, summary.Count);
    }
}
