using SecurityDilemma.Experiments.Sweeps;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Experiments.Sampling;

/// <summary>
/// Latin hypercube sampling (McKay, Beckman &amp; Conover 1979): each parameter's range is cut into n equal strata and
/// every stratum is used by exactly one of the n points, so each marginal is covered evenly with few points.
/// </summary>
/// <remarks>Point i, parameter d: u = (pi_d(i) + U) / n with pi_d an independent random permutation of 0..n-1 and U ~ U[0, 1).</remarks>
public sealed class LatinHypercubeSampler : ISampler
{
    public string Name => "latin_hypercube";

    public IReadOnlyList<string[]> Sample(IReadOnlyList<SweepParameter> parameters, int? samples, ulong seed)
    {
        var n = samples ?? throw new ArgumentException("Latin hypercube sampling needs a sample size", nameof(samples));
        var rng = new Xoshiro256(seed);
        var points = new string[n][];
        for (var i = 0; i < n; i++)
        {
            points[i] = new string[parameters.Count];
        }

        var strata = new int[n];
        for (var d = 0; d < parameters.Count; d++)
        {
            for (var i = 0; i < n; i++)
            {
                strata[i] = i;
            }

            // Fisher-Yates shuffle: a uniform random permutation of the strata.
            for (var i = n - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }

            for (var i = 0; i < n; i++)
            {
                points[i][d] = parameters[d].ValueAt((strata[i] + rng.NextDouble()) / n);
            }
        }

        return points;
    }
}
