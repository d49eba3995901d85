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
}
