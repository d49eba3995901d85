namespace SecurityDilemma.Analysis.Attribution;

/// <summary>
/// Exact Shapley values (Shapley 1953) of a game given on every coalition, enumerated as bit masks.
/// </summary>
/// <remarks>
/// phi_i = sum over S not containing i of |S|! (n - |S| - 1)! / n! * (v(S + i) - v(S)). The values sum to
/// v(all) - v(empty) (efficiency). Exact enumeration costs n 2^(n-1) terms, so it is limited to
/// <see cref="MaxPlayers"/> players.
/// </remarks>
public static class Shapley
{
    public const int MaxPlayers = 8;

    /// <summary>The Shapley value of each of <paramref name="players"/> players; <paramref name="value"/>[mask] is v of the coalition whose bits are set.</summary>
    public static double[] Values(int players, IReadOnlyList<double> value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(players);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(players, MaxPlayers);
        if (value.Count != 1 << players)
        {
            throw new ArgumentException($"expected {1 << players} coalition values, got {value.Count}", nameof(value));
        }

        var factorial = new double[players + 1];
        factorial[0] = 1;
        for (var k = 1; k <= players; k++)
        {
            factorial[k] = factorial[k - 1] * k;
        }

        var phi = new double[players];
        for (var i = 0; i < players; i++)
        {
            var bit = 1 << i;
            for (var mask = 0; mask < 1 << players; mask++)
            {
                if ((mask & bit) != 0)
                {
                    continue;
                }

                var size = System.Numerics.BitOperations.PopCount((uint)mask);
                var weight = factorial[size] * factorial[players - size - 1] / factorial[players];
                phi[i] += weight * (value[mask | bit] - value[mask]);
            }
        }

        return phi;
    }
}
