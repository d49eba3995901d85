using System.Runtime.Intrinsics;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Models.Tests.Randomness;

public class Xoshiro256x4Tests
{
    [Fact]
    public void EachLaneIsTheScalarStreamOfItsSeed()
    {
        // Blackman & Vigna (2018): the vector generator must be four copies of xoshiro256**, not a new generator.
        ulong[] seeds = [1, 2, 0xDEADBEEF, ulong.MaxValue];
        var vector = new Xoshiro256x4(seeds);
        var scalar = seeds.Select(s => new Xoshiro256(s)).ToArray();
        for (var step = 0; step < 1000; step++)
        {
            var lanes = vector.Next();
            for (var k = 0; k < 4; k++)
            {
                Assert.Equal(scalar[k].NextUInt64(), lanes.GetElement(k));
            }
        }
    }

    [Fact]
    public void NeedsOneSeedPerLane() => Assert.Throws<ArgumentException>(() => new Xoshiro256x4([1UL, 2UL]));
}
