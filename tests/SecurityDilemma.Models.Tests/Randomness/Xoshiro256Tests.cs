using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Tests.Randomness;

public class Xoshiro256Tests
{
    [Fact]
    public void SameSeed_GivesSameStream_DifferentSeed_Differs()
    {
        var a = new Xoshiro256(42);
        var b = new Xoshiro256(42);
        var c = new Xoshiro256(43);
        var differs = false;
        for (var i = 0; i < 1000; i++)
        {
            var x = a.NextUInt64();
            Assert.Equal(x, b.NextUInt64());
            differs |= x != c.NextUInt64();
        }

        Assert.True(differs);
    }

    [Fact]
    public void NextDouble_IsUniform_MeanAndVarianceWithinFiveStandardErrors()
    {
        var rng = new Xoshiro256(7);
        const int n = 200_000;
        double sum = 0, sumSq = 0;
        for (var i = 0; i < n; i++)
        {
            var u = rng.NextDouble();
            Assert.InRange(u, 0.0, 1.0 - double.Epsilon);
            sum += u;
            sumSq += u * u;
        }

        var mean = sum / n;
        var variance = (sumSq / n) - (mean * mean);
        Assert.InRange(mean, 0.5 - (5 * Math.Sqrt(1.0 / 12 / n)), 0.5 + (5 * Math.Sqrt(1.0 / 12 / n)));
        Assert.InRange(variance, (1.0 / 12) - 0.002, (1.0 / 12) + 0.002);
    }

    [Fact]
    public void NextInt_CoversRangeEvenly_ChiSquareBelowCritical()
    {
        var rng = new Xoshiro256(11);
        var counts = new int[7];
        const int n = 70_000;
        for (var i = 0; i < n; i++)
        {
            counts[rng.NextInt(7)]++;
        }

        var expected = n / 7.0;
        var chi2 = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chi2 < 22.46, $"chi-square {chi2:F2} over critical 22.46 (df 6, p 0.001)");
    }

    [Fact]
    public void SeedTree_ChildrenDependOnIdentityNotOrder()
    {
        var first = SeedTree.Derive(99, [3UL, 5UL]);
        _ = SeedTree.Derive(99, [1UL, 2UL]);
        Assert.Equal(first, SeedTree.Derive(SeedTree.Derive(99, 3), 5));
        Assert.NotEqual(first, SeedTree.Derive(99, [5UL, 3UL]));
    }
}
