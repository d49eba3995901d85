using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SecurityDilemma.Engine;

/// <summary>
/// Minimum and maximum as single instructions for the hot loop. <see cref="Math.Max(double, double)"/> also orders
/// NaN and signed zeros, which costs a chain of fix-up instructions; the engine's values are never NaN, and for
/// non-NaN inputs the results are the same numbers.
/// </summary>
internal static class Branchless
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Max(double a, double b) =>
        Sse2.IsSupported ? Sse2.MaxScalar(Vector128.CreateScalarUnsafe(a), Vector128.CreateScalarUnsafe(b)).ToScalar() : Math.Max(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Min(double a, double b) =>
        Sse2.IsSupported ? Sse2.MinScalar(Vector128.CreateScalarUnsafe(a), Vector128.CreateScalarUnsafe(b)).ToScalar() : Math.Min(a, b);

    /// <summary>Lane-wise <c>a &gt; b ? a : b</c>: what <see cref="Max(double, double)"/> computes, four lanes at a time (vmaxpd).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Max(Vector256<double> a, Vector256<double> b) =>
        Avx.IsSupported ? Avx.Max(a, b) : Vector256.ConditionalSelect(Vector256.GreaterThan(a, b), a, b);

    /// <summary>Lane-wise <c>a &lt; b ? a : b</c>: what <see cref="Min(double, double)"/> computes, four lanes at a time (vminpd).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Min(Vector256<double> a, Vector256<double> b) =>
        Avx.IsSupported ? Avx.Min(a, b) : Vector256.ConditionalSelect(Vector256.LessThan(a, b), a, b);
}
