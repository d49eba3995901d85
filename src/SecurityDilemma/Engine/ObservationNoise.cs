using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Engine;

/// <summary>Cheap, seeded, approximately normal observation noise for the per-dyad hot loop.</summary>
/// <remarks>
/// Irwin-Hall with four uniforms taken from the four 16-bit fields of one xoshiro256** word:
/// z = (u1 + u2 + u3 + u4 - 2) * sqrt(3), mean 0, standard deviation 1, support [-2 sqrt 3, 2 sqrt 3].
/// One generator call instead of Box-Muller's log, sqrt and cos (docs/model.md, "Observation").
/// </remarks>
internal static class ObservationNoise
{
    private const double Scale = 1.7320508075688772 / 65536.0;

    /// <summary>A draw with mean 0 and standard deviation 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Standard(ref Xoshiro256 rng)
    {
        var x = rng.NextUInt64();
        var sum = (long)(x & 0xFFFF) + (long)((x >> 16) & 0xFFFF) + (long)((x >> 32) & 0xFFFF) + (long)(x >> 48);
        return (sum - 131070) * Scale;
    }

    /// <summary><see cref="Standard(ref Xoshiro256)"/> for four generator words already drawn: the same numbers, lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Standard(Vector256<ulong> x)
    {
        var field = Vector256.Create(0xFFFFUL);
        var sum = (x & field) + ((x >> 16) & field) + ((x >> 32) & field) + (x >> 48);
        return Vector256.ConvertToDouble(sum.AsInt64() - Vector256.Create(131070L)) * Vector256.Create(Scale);
    }
}
