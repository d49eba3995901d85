using SecurityDilemma.Experiments.Execution;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Experiments.Tests.Support;

namespace SecurityDilemma.Experiments.Tests.Results;

public class ResultsStoreTests
{
    [Fact]
    public void RunsTable_HasIdsSeedParametersAndMetrics_WithTypes()
    {
        var plan = TestPlans.Grid();
        var db = TestPlans.TempDb();
        using (ResultsStore.Create(db, plan, ShardSpec.All, "test"))
        {
        }

        using var c = ResultsStore.Open(db, readOnly: true);
        var columns = Summarizer.Columns(c, "runs");
        Assert.Equal(["run_id", "point_id", "replicate", "seed", "technology.offense_defense_balance", "technology.distinguishability"], columns.Take(6).Select(x => x.Name));
        Assert.Contains(("war_occurred", "BOOLEAN"), columns);
        Assert.Contains(("first_war_year", "INTEGER"), columns);
        Assert.Contains(("mean_military_burden", "DOUBLE"), columns);
        Assert.Contains(("seed", "UBIGINT"), columns);
        var info = Assert.Single(ResultsStore.ReadInfo(c, db));
        Assert.Equal(plan.SweepSha256, info.SweepSha256);
        Assert.Equal(TestPlans.GridYaml.Replace("SERIES", "false", StringComparison.Ordinal), info.SweepText);
        Assert.Null(info.FinishedAt);
    }

    [Fact]
    public void Create_RefusesNothingButLeavesNoTemporaryFiles()
    {
        var plan = TestPlans.Grid();
        var db = TestPlans.TempDb();
        using (ResultsStore.Create(db, plan, ShardSpec.All, "test"))
        {
        }

        Assert.Equal(["results.duckdb"], Directory.GetFiles(Path.GetDirectoryName(db)!).Select(Path.GetFileName).Where(f => !f!.EndsWith(".wal", StringComparison.Ordinal)));
    }

    [Fact]
    public void Export_Parquet_And_Csv_HoldEveryRun()
    {
        var plan = TestPlans.Grid(series: true);
        var db = TestPlans.TempDb();
        using (var store = ResultsStore.Create(db, plan, ShardSpec.All, "test"))
        {
            new SweepExecutor(FakeEngine.Run).Execute(plan, store, new ExecutionOptions { Threads = 2 });
            store.MarkFinished();
        }

        var dir = Path.Combine(Path.GetDirectoryName(db)!, "export");
        var files = Exporter.Export(db, "parquet", dir);
        Assert.Equal(["runs.parquet", "series.parquet", "sweep.parquet"], files.Select(Path.GetFileName));
        Assert.Equal(plan.TotalRuns, Db.Count(db, $"SELECT count(*) FROM read_parquet('{files[0]}')"));
        Assert.Equal(Db.Count(db, "SELECT sum(seed % 1000003)::BIGINT FROM runs"), Db.Count(db, $"SELECT sum(seed % 1000003)::BIGINT FROM read_parquet('{files[0]}')"));
        var csv = Exporter.Export(db, "csv", dir);
        Assert.Equal(plan.TotalRuns + 1, File.ReadLines(csv[0]).Count());
    }
}
