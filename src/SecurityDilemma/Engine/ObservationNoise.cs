using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SecurityDilemma.Engine;

/// <summary>Cheap, seeded, approximately normal observation noise for the per-dyad hot loop.</summary>
/// <remarks>
/// Irwin-Hall with four uniforms: each draw is the sum s of four bytes (uniform on 0..255) of a xoshiro256** word,
/// z = (s - 510) / sqrt(21845): mean 0, standard deviation 1 (the variance of the sum is 4 (256^2 - 1) / 12 = 21845),
/// bounded at +-3.45, in steps of 0.0068. One generator word gives both of a dyad's draws (its low and its high four
/// bytes), and one vector instruction (vpsadbw) sums the bytes, instead of Box-Muller's log, sqrt and cos
/// (docs/model.md, "Observation").
/// </remarks>
internal static class ObservationNoise
{
    private const double Mean = 510.0;
    private static readonly double Scale = 1.0 / Math.Sqrt(21845.0);

    /// <summary>Two standard draws per lane from one word per lane: from its low four bytes and from its high four.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<double> Low, Vector256<double> High) Pair(Vector256<ulong> word)
    {
        var scale = Vector256.Create(Scale);
        var mean = Vector256.Create(Mean);
        var low = SumOfBytes(word & Vector256.Create(0xFFFF_FFFFUL));
        var high = SumOfBytes(word >> 32);
        return ((Vector256.ConvertToDouble(low.AsInt64()) - mean) * scale, (Vector256.ConvertToDouble(high.AsInt64()) - mean) * scale);
    }

    /// <summary>The sum of the eight bytes of each lane (vpsadbw against zero; the same sums by shifts without AVX2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<ulong> SumOfBytes(Vector256<ulong> x)
    {
        if (Avx2.IsSupported)
        {
            return Avx2.SumAbsoluteDifferences(x.AsByte(), Vector256<byte>.Zero).AsUInt64();
        }

        var b = Vector256.Create(0xFFUL);
        return (x & b) + ((x >> 8) & b) + ((x >> 16) & b) + ((x >> 24) & b) + ((x >> 32) & b) + ((x >> 40) & b) + ((x >> 48) & b) + (x >> 56);
    }
}
