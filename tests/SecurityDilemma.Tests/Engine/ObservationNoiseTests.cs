using System.Runtime.Intrinsics;
using SecurityDilemma.Engine;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Tests.Engine;

/// <summary>The engine's observation noise: standardized Irwin-Hall sums of four bytes, two per generator word.</summary>
public class ObservationNoiseTests
{
    [Fact]
    public void SumOfBytesIsTheSumOfEachLanesEightBytes()
    {
        var rng = new Xoshiro256(3);
        for (var n = 0; n < 1000; n++)
        {
            var words = Vector256.Create(rng.NextUInt64(), rng.NextUInt64(), rng.NextUInt64(), rng.NextUInt64());
            var sums = ObservationNoise.SumOfBytes(words);
            for (var lane = 0; lane < 4; lane++)
            {
                var expected = BitConverter.GetBytes(words.GetElement(lane)).Sum(b => (long)b);
                Assert.Equal((ulong)expected, sums.GetElement(lane));
            }
        }
    }

    [Fact]
    public void IrwinHall1927_DrawsHaveMeanZeroUnitSpreadBoundedSupportAndTheTwoHalvesAreUncorrelated()
    {
        // Irwin (1927), Hall (1927): the sum of four uniforms on 0..255 has mean 510 and variance 4 (256^2 - 1) / 12.
        var rng = new Xoshiro256x4([11UL, 12UL, 13UL, 14UL]);
        double sum = 0, squares = 0, cross = 0, min = double.MaxValue, max = double.MinValue;
        var count = 0;
        for (var n = 0; n < 50_000; n++)
        {
            var (low, high) = ObservationNoise.Pair(rng.Next());
            for (var lane = 0; lane < 4; lane++)
            {
                var a = low.GetElement(lane);
                var b = high.GetElement(lane);
                sum += a + b;
                squares += (a * a) + (b * b);
                cross += a * b;
                min = Math.Min(min, Math.Min(a, b));
                max = Math.Max(max, Math.Max(a, b));
                count += 2;
            }
        }

        var mean = sum / count;
        var sd = Math.Sqrt((squares / count) - (mean * mean));
        var correlation = cross / (count / 2);
        Assert.InRange(mean, -0.01, 0.01);
        Assert.InRange(sd, 0.99, 1.01);
        Assert.InRange(correlation, -0.01, 0.01);
        Assert.True(min >= -510 / Math.Sqrt(21845.0) && max <= 510 / Math.Sqrt(21845.0), $"support [{min}, {max}]");
    }
}
