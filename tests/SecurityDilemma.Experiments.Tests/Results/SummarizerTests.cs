using SecurityDilemma.Experiments.Execution;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Experiments.Tests.Support;
using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Experiments.Tests.Results;

public class SummarizerTests
{
    [Fact]
    public void Summary_GivesWilsonProportionsAndMeans_PerPoint_InParameterOrder()
    {
        var plan = TestPlans.Grid();
        var db = TestPlans.TempDb();
        using (var store = ResultsStore.Create(db, plan, ShardSpec.All, "test"))
        {
            new SweepExecutor(FakeEngine.Run).Execute(plan, store, new ExecutionOptions { Threads = 2 });
            store.MarkFinished();
        }

        var s = Summarizer.Summarize(db);
        Assert.True(s.Complete);
        Assert.Equal(12, s.Points.Count);
        Assert.Equal(["technology.offense_defense_balance", "technology.distinguishability"], s.ParameterNames);
        var keys = s.Points.Select(p => ((double)p.Parameters["technology.offense_defense_balance"], (double)p.Parameters["technology.distinguishability"])).ToList();
        Assert.Equal(keys.Order().ToList(), keys);

        foreach (var point in s.Points)
        {
            var wars = (int)Db.Count(db, $"SELECT count(*) FROM runs WHERE point_id = {point.PointId} AND war_occurred");
            var expected = Estimate.Proportion(wars, 7);
            var got = point.Metrics["war_occurred"];
            Assert.Equal("proportion", got.Kind);
            Assert.Equal(expected.Lower, got.Lower, 12);
            Assert.Equal(expected.Upper, got.Upper, 12);
            Assert.Equal("mean", point.Metrics["mean_military_burden"].Kind);
            Assert.Equal(7, point.Runs);
        }
    }

    [Fact]
    public void Summarize_AForeignFile_IsAnInputError()
    {
        var path = TestPlans.TempDb("not.duckdb");
        File.WriteAllText(path, "hello");
        Assert.Throws<InputException>(() => Summarizer.Summarize(path));
        Assert.Throws<InputException>(() => Summarizer.Summarize(path + ".missing"));
    }
}
