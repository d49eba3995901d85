using SecurityDilemma.Experiments.Seeds;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Experiments.Tests.Seeds;

public class RunSeedsTests
{
    [Fact]
    public void RunSeed_IsTheSeedTreePath_PointThenReplicate()
    {
        Assert.Equal(SeedTree.Derive(SeedTree.Derive(123, 4), 2), RunSeeds.Run(123, 4, 2));
    }

    [Fact]
    public void RunSeeds_AreDistinct_AcrossPointsAndReplicates()
    {
        var seeds = new HashSet<ulong>();
        for (var p = 0; p < 300; p++)
        {
            for (var r = 0; r < 300; r++)
            {
                Assert.True(seeds.Add(RunSeeds.Run(1, p, r)), $"collision at point {p} replicate {r}");
            }
        }

        Assert.DoesNotContain(RunSeeds.Sampling(1), seeds);
    }

    [Fact]
    public void RunIds_AreDense_PointMajor()
    {
        Assert.Equal(0, RunSeeds.RunId(0, 0, 5));
        Assert.Equal(4, RunSeeds.RunId(0, 4, 5));
        Assert.Equal(5, RunSeeds.RunId(1, 0, 5));
    }
}
