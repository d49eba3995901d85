using SecurityDilemma.Experiments.Execution;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Experiments.Tests.Support;

namespace SecurityDilemma.Experiments.Tests.Execution;

/// <summary>Execution infrastructure with the fake engine: results must not depend on threads, shards, batch size or resume.</summary>
public class SweepExecutorTests
{
    private static string RunAll(SweepPlan plan, int threads, int? batch = null)
    {
        var db = TestPlans.TempDb();
        using var store = ResultsStore.Create(db, plan, ShardSpec.All, "test");
        var outcome = new SweepExecutor(FakeEngine.Run).Execute(plan, store, new ExecutionOptions { Threads = threads, BatchSize = batch });
        Assert.Equal(plan.TotalRuns, outcome.Computed);
        store.MarkFinished();
        return db;
    }

    [Fact]
    public void OneThread_AndFourThreads_StoreIdenticalRows()
    {
        var plan = TestPlans.Grid(series: true);
        var a = RunAll(plan, 1);
        var b = RunAll(plan, 4, batch: 3);
        Assert.Equal(plan.TotalRuns, Db.Count(a, "SELECT count(DISTINCT run_id) FROM runs"));
        Assert.Equal(Db.Rows(a, "runs", "run_id"), Db.Rows(b, "runs", "run_id"));
        Assert.Equal(Db.Rows(a, "series", "run_id, year, state"), Db.Rows(b, "series", "run_id, year, state"));
        Assert.Equal(plan.TotalRuns * 10 * 2, Db.Count(a, "SELECT count(*) FROM series"));
    }

    [Fact]
    public void ThreeShards_Merged_EqualTheSingleRun()
    {
        var plan = TestPlans.Grid(series: true);
        var single = RunAll(plan, 2);
        var shards = new List<string>();
        for (var k = 0; k < 3; k++)
        {
            var db = TestPlans.TempDb($"shard{k}.duckdb");
            using (var store = ResultsStore.Create(db, plan, new ShardSpec(k, 3), "test"))
            {
                var o = new SweepExecutor(FakeEngine.Run).Execute(plan, store, new ExecutionOptions { Threads = 2, Shard = new ShardSpec(k, 3) });
                Assert.Equal(new ShardSpec(k, 3).RunsIn(plan.TotalRuns), o.Computed);
                store.MarkFinished();
            }

            Assert.Equal(0, Db.Count(db, $"SELECT count(*) FROM runs WHERE run_id % 3 <> {k}"));
            shards.Add(db);
        }

        var merged = TestPlans.TempDb("all.duckdb");
        var (infos, runs) = ShardMerger.Merge(shards, merged);
        Assert.True(ShardMerger.IsComplete(infos, runs));
        Assert.Equal(Db.Rows(single, "runs", "run_id"), Db.Rows(merged, "runs", "run_id"));
        Assert.Equal(Db.Rows(single, "series", "run_id, year, state"), Db.Rows(merged, "series", "run_id, year, state"));
    }

    [Fact]
    public void Resume_AfterCancellation_CompletesWithNoMissingOrDuplicateRuns()
    {
        var plan = TestPlans.Grid(series: true);
        var reference = RunAll(plan, 1);
        var db = TestPlans.TempDb();
        using (var cancel = new CancellationTokenSource())
        using (var store = ResultsStore.Create(db, plan, ShardSpec.All, "test"))
        {
            var progress = new CancelAfter(cancel, batches: 3);
            Assert.ThrowsAny<OperationCanceledException>(() =>
                new SweepExecutor(FakeEngine.Run).Execute(plan, store, new ExecutionOptions { Threads = 2, BatchSize = 4, CommitInterval = TimeSpan.Zero }, progress, cancel.Token));
        }

        var partial = Db.Count(db, "SELECT count(*) FROM runs");
        Assert.InRange(partial, 1, plan.TotalRuns - 1);
        Assert.Equal(partial * 10 * 2, Db.Count(db, "SELECT count(*) FROM series"));
        using (var store = ResultsStore.Resume(db, plan, ShardSpec.All))
        {
            var o = new SweepExecutor(FakeEngine.Run).Execute(plan, store, new ExecutionOptions { Threads = 3 });
            Assert.Equal(partial, o.AlreadyStored);
            Assert.Equal(plan.TotalRuns - partial, o.Computed);
        }

        Assert.Equal(Db.Rows(reference, "runs", "run_id"), Db.Rows(db, "runs", "run_id"));
        Assert.Equal(Db.Rows(reference, "series", "run_id, year, state"), Db.Rows(db, "series", "run_id, year, state"));
    }

    [Fact]
    public void Resume_RefusesAChangedSweep()
    {
        var plan = TestPlans.Grid();
        var db = RunAll(plan, 1);
        var changed = TestPlans.Grid(yaml: TestPlans.GridYaml.Replace("seed: 42", "seed: 43", StringComparison.Ordinal));
        var e = Assert.Throws<InputException>(() => ResultsStore.Resume(db, changed, ShardSpec.All));
        Assert.Contains("sweep file has changed", e.Message);
    }

    [Fact]
    public void Pending_SkipsStoredRuns_AndOtherShards()
    {
        Assert.Equal([1L, 7, 10], SweepExecutor.Pending(12, new ShardSpec(1, 3), [4, 5]));
    }

    [Fact]
    public void AFailingRun_StopsTheSweep_AndKeepsCommittedBatches()
    {
        var plan = TestPlans.Grid();
        var db = TestPlans.TempDb();
        using var store = ResultsStore.Create(db, plan, ShardSpec.All, "test");
        var bad = SecurityDilemma.Experiments.Seeds.RunSeeds.Run(42, 5, 3);
        var executor = new SweepExecutor((s, seed, r) => seed == bad ? throw new InvalidOperationException("boom") : FakeEngine.Run(s, seed, r));
        var e = Assert.Throws<InvalidOperationException>(() => executor.Execute(plan, store, new ExecutionOptions { Threads = 1, BatchSize = 1 }));
        Assert.Contains("boom", e.Message);
        var stored = store.ExistingRunIds();
        Assert.Equal(Enumerable.Range(0, (5 * 7) + 3).Select(i => (long)i), stored);
    }

    private sealed class CancelAfter(CancellationTokenSource cancel, int batches) : ISweepProgress
    {
        private int reports;

        public void Report(long done, long total)
        {
            if (++reports > batches)
            {
                cancel.Cancel();
            }
        }
    }
}
