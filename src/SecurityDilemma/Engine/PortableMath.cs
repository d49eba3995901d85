using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SecurityDilemma.Engine;

/// <summary>
/// Functions for the hot loop built only from IEEE 754 additions, multiplications and exact bit operations, so
/// their results are the same bits on every machine, runtime and JIT tier.
/// </summary>
/// <remarks>
/// Why not <see cref="Vector256.Exp(Vector256{double})"/>: it uses <c>MultiplyAddEstimate</c>, which is a fused
/// multiply-add in optimized code and a separate multiply and add in unoptimized (tier-0) code, so its last bit
/// depended on when the JIT recompiled the engine: the same run could differ in a fresh process and late in a sweep.
/// </remarks>
internal static class PortableMath
{
    private const double Log2E = 1.4426950408889634;

    // ln 2 split so that k * Ln2High is exact for |k| < 2^20 (fdlibm's split: 0x3FE62E42FEE00000 and the rest).
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;

    // Inputs are clamped to where e^x and its power-of-two scale stay normal doubles.
    private const double MaxInput = 708.0;

    /// <summary>e^x lane by lane (relative error below 1e-15 for |x| &lt;= 708; inputs beyond are clamped).</summary>
    /// <remarks>
    /// Cody and Waite (1980) reduction x = k ln 2 + r with |r| &lt;= ln 2 / 2, the Taylor series of e^r to degree 13
    /// evaluated by Estrin's scheme (truncation below 1e-17 there), and 2^k put together from its exponent bits.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x)
    {
        x = Branchless.Min(Branchless.Max(x, Vector256.Create(-MaxInput)), Vector256.Create(MaxInput));
        var k = Vector256.Round(x * Vector256.Create(Log2E));
        var r = (x - (k * Vector256.Create(Ln2High))) - (k * Vector256.Create(Ln2Low));

        // Estrin's scheme: the same polynomial as Horner's rule with a dependency chain of depth 8 instead of 26.
        var r2 = r * r;
        var r4 = r2 * r2;
        var r8 = r4 * r4;
        var q0 = Vector256<double>.One + r;
        var q1 = Vector256.Create(1.0 / 2.0) + (Vector256.Create(1.0 / 6.0) * r);
        var q2 = Vector256.Create(1.0 / 24.0) + (Vector256.Create(1.0 / 120.0) * r);
        var q3 = Vector256.Create(1.0 / 720.0) + (Vector256.Create(1.0 / 5040.0) * r);
        var q4 = Vector256.Create(1.0 / 40320.0) + (Vector256.Create(1.0 / 362880.0) * r);
        var q5 = Vector256.Create(1.0 / 3628800.0) + (Vector256.Create(1.0 / 39916800.0) * r);
        var q6 = Vector256.Create(1.0 / 479001600.0) + (Vector256.Create(1.0 / 6227020800.0) * r);
        var s0 = q0 + (q1 * r2);
        var s1 = q2 + (q3 * r2);
        var s2 = q4 + (q5 * r2);
        var t0 = s0 + (s1 * r4);
        var t1 = s2 + (q6 * r4);
        var p = t0 + (t1 * r8);

        var scale = ((Vector256.ConvertToInt64(k) + Vector256.Create(1023L)) << 52).AsDouble();
        return p * scale;
    }
}
