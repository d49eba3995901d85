using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SecurityDilemma.Engine.Components;

namespace SecurityDilemma.Engine;

/// <summary>Masks and bit tricks of the four-lane row passes.</summary>
internal static class LaneMasks
{
    // All-ones then all-zeros: four consecutive entries from (Lanes - k) are a mask of the first k lanes.
    private static readonly long[] LaneWindow = [-1, -1, -1, -1, 0, 0, 0, 0];

    /// <summary>Four flag bits as four bytes of 0 or 1 (bit k to byte k, little-endian).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint SpreadBits(uint bits) =>
        Bmi2.IsSupported ? Bmi2.ParallelBitDeposit(bits, 0x01010101u) : (bits & 1u) | ((bits & 2u) << 7) | ((bits & 4u) << 14) | ((bits & 8u) << 21);

    /// <summary>The lanes of a vector that lie in the row when <paramref name="left"/> dyads remain, as a mask and as bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> ValidLanes(int left, out uint bits)
    {
        var k = left < Topology.Lanes ? left : Topology.Lanes;
        bits = (1u << k) - 1u;
        return Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(LaneWindow), (nuint)(Topology.Lanes - k)).AsDouble();
    }

    /// <summary>Four bytes of 0 or 1 as four flag bits (byte k to bit k): the inverse of <see cref="SpreadBits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint PackBytes(uint bytes) => (bytes * 0x01020408u) >> 24;
}
