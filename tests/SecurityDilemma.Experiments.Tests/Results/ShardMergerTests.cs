using SecurityDilemma.Experiments.Execution;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Experiments.Tests.Support;

namespace SecurityDilemma.Experiments.Tests.Results;

public class ShardMergerTests
{
    private static string Shard(SweepPlan plan, int k, int n, bool finish = true)
    {
        var db = TestPlans.TempDb($"shard{k}.duckdb");
        using var store = ResultsStore.Create(db, plan, new ShardSpec(k, n), "test");
        new SweepExecutor(FakeEngine.Run).Execute(plan, store, new ExecutionOptions { Threads = 1, Shard = new ShardSpec(k, n) });
        if (finish)
        {
            store.MarkFinished();
        }

        return db;
    }

    [Fact]
    public void Merge_RefusesShardsOfDifferentSweeps_AndWritesNothing()
    {
        var a = Shard(TestPlans.Grid(), 0, 2);
        var b = Shard(TestPlans.Grid(yaml: TestPlans.GridYaml.Replace("replications: 7", "replications: 8", StringComparison.Ordinal)), 1, 2);
        var output = TestPlans.TempDb("all.duckdb");
        var e = Assert.Throws<InputException>(() => ShardMerger.Merge([a, b], output));
        Assert.Contains("mismatched sweep", e.Message);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void Merge_RefusesTheSameShardTwice()
    {
        var plan = TestPlans.Grid();
        var a = Shard(plan, 0, 2);
        var output = TestPlans.TempDb("all.duckdb");
        var e = Assert.Throws<InputException>(() => ShardMerger.Merge([a, Shard(plan, 0, 2)], output));
        Assert.Contains("shard 0/2 is also in", e.Message);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Merge_RefusesOverlappingRuns()
    {
        var plan = TestPlans.Grid();
        var whole = Shard(plan, 0, 1);
        var merged1 = TestPlans.TempDb("m1.duckdb");
        ShardMerger.Merge([Shard(plan, 0, 2), Shard(plan, 1, 2)], merged1);
        var output = TestPlans.TempDb("all.duckdb");

        // A merged database holds shards 0/2 and 1/2; merging it with shard 1/2 again repeats runs (and a shard).
        var e = Assert.Throws<InputException>(() => ShardMerger.Merge([merged1, Shard(plan, 1, 2)], output));
        Assert.Contains("also in", e.Message);
        Assert.False(File.Exists(output));
        Assert.Equal(Db.Rows(whole, "runs", "run_id"), Db.Rows(merged1, "runs", "run_id"));
    }

    [Fact]
    public void Merge_RefusesUnfinishedShards()
    {
        var plan = TestPlans.Grid();
        var e = Assert.Throws<InputException>(() => ShardMerger.Merge([Shard(plan, 0, 2), Shard(plan, 1, 2, finish: false)], TestPlans.TempDb("all.duckdb")));
        Assert.Contains("unfinished", e.Message);
    }
}
