using SecurityDilemma.Experiments.Execution;
using SecurityDilemma.Experiments.Tests.Support;

namespace SecurityDilemma.Experiments.Tests.Execution;

public class PreflightCheckTests
{
    [Fact]
    public void SeriesOverTheLimit_IsRefused()
    {
        var yaml = TestPlans.GridYaml.Replace("replications: 7", "replications: 1000000", StringComparison.Ordinal);
        var plan = TestPlans.Grid(series: true, years: 1000, yaml: yaml);
        var e = Assert.Throws<InputException>(() => PreflightCheck.Check(plan, ShardSpec.All, "out.duckdb", freeBytes: long.MaxValue));
        Assert.Contains("the series would have 24,000,000,000 rows", e.Message);

        // A shard of it is small enough.
        PreflightCheck.Check(plan, new ShardSpec(0, 20), "out.duckdb", freeBytes: long.MaxValue);
    }

    [Fact]
    public void NotEnoughDisk_IsRefused_WithTheEstimate()
    {
        var plan = TestPlans.Grid(series: true);
        var need = PreflightCheck.EstimateBytes(plan, ShardSpec.All);
        Assert.Equal((84 * 160) + (84 * 10 * 2 * 48), need);
        var e = Assert.Throws<InputException>(() => PreflightCheck.Check(plan, ShardSpec.All, "out.duckdb", freeBytes: need - 1));
        Assert.Contains("not enough free disk space", e.Message);
        PreflightCheck.Check(plan, ShardSpec.All, "out.duckdb", freeBytes: need);
    }

    [Fact]
    public void ShardSizes_AddUpToTheSweep()
    {
        foreach (var total in new long[] { 0, 1, 2, 7, 100, 101 })
        {
            for (var n = 1; n <= 5; n++)
            {
                var sum = Enumerable.Range(0, n).Sum(k => new ShardSpec(k, n).RunsIn(total));
                Assert.Equal(total, sum);
                Assert.Equal(Enumerable.Range(0, (int)total).Count(id => new ShardSpec(1 % n, n).Contains(id)), new ShardSpec(1 % n, n).RunsIn(total));
            }
        }
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("-1/3")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("2")]
    public void BadShard_IsAnInputError(string text)
    {
        var e = Assert.Throws<InputException>(() => ShardSpec.Parse(text));
        Assert.StartsWith("--shard: ", e.Message);
    }
}
