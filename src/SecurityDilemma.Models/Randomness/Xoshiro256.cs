namespace SecurityDilemma.Models.Randomness;

/// <summary>
/// xoshiro256** 1.0 (Blackman &amp; Vigna 2018): a fixed, documented generator, so a seed means the
/// same stream on every .NET version and machine (unlike <see cref="System.Random"/>, whose algorithm
/// is unspecified). A mutable struct: pass it by <c>ref</c>; copying it forks the stream.
/// </summary>
public struct Xoshiro256
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Seeds the four state words from <paramref name="seed"/> through SplitMix64, as the authors recommend.</summary>
    public Xoshiro256(ulong seed)
    {
        var sm = seed;
        _s0 = SeedTree.SplitMix64(ref sm);
        _s1 = SeedTree.SplitMix64(ref sm);
        _s2 = SeedTree.SplitMix64(ref sm);
        _s3 = SeedTree.SplitMix64(ref sm);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>) without modulo bias (Lemire 2019).</summary>
    public int NextInt(int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "must be positive");
        }

        var range = (ulong)maxExclusive;
        var m = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = (0UL - range) % range;
            while (low < threshold)
            {
                m = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (int)m;
    }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool NextBool(double p) => NextDouble() < p;

    /// <summary>A standard normal draw (Box-Muller; one of the pair is discarded so the stream stays simple).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
