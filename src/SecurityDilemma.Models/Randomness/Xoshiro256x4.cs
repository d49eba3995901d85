using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SecurityDilemma.Models.Randomness;

/// <summary>
/// Four independent xoshiro256** streams side by side in the lanes of a vector: lane k is exactly the stream of
/// <see cref="Xoshiro256"/> seeded with the k-th seed, so a vectorized loop draws four numbers per step without
/// a serial dependency between them. A mutable struct: pass it by <c>ref</c>; copying it forks the streams.
/// </summary>
public struct Xoshiro256x4
{
    private Vector256<ulong> _s0, _s1, _s2, _s3;

    /// <summary>Seeds lane k through SplitMix64 from <paramref name="seeds"/>[k], as <see cref="Xoshiro256(ulong)"/> does.</summary>
    public Xoshiro256x4(ReadOnlySpan<ulong> seeds)
    {
        if (seeds.Length != Vector256<ulong>.Count)
        {
            throw new ArgumentException($"needs {Vector256<ulong>.Count} seeds, one per lane", nameof(seeds));
        }

        Span<ulong> s0 = stackalloc ulong[4], s1 = stackalloc ulong[4], s2 = stackalloc ulong[4], s3 = stackalloc ulong[4];
        for (var k = 0; k < 4; k++)
        {
            var sm = seeds[k];
            s0[k] = SeedTree.SplitMix64(ref sm);
            s1[k] = SeedTree.SplitMix64(ref sm);
            s2[k] = SeedTree.SplitMix64(ref sm);
            s3[k] = SeedTree.SplitMix64(ref sm);
        }

        _s0 = Vector256.Create<ulong>(s0);
        _s1 = Vector256.Create<ulong>(s1);
        _s2 = Vector256.Create<ulong>(s2);
        _s3 = Vector256.Create<ulong>(s3);
    }

    /// <summary>The next 64 random bits of each stream.</summary>
    /// <remarks>The multiplications by 5 and 9 are shifts and adds, and the rotations shifts and ors: exact, and fast without AVX-512.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<ulong> Next()
    {
        var s1 = _s1;
        var times5 = (s1 << 2) + s1;
        var rotated = (times5 << 7) | (times5 >> 57);
        var result = (rotated << 3) + rotated;
        var t = s1 << 17;
        _s2 ^= _s0;
        _s3 ^= s1;
        _s1 = s1 ^ _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = (_s3 << 45) | (_s3 >> 19);
        return result;
    }
}
