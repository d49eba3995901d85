using SecurityDilemma.Experiments.Sweeps;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Experiments.Sampling;

/// <summary>Independent uniform draws: each point takes each parameter uniformly over its range (or its list).</summary>
public sealed class RandomSampler : ISampler
{
    public string Name => "random";

    public IReadOnlyList<string[]> Sample(IReadOnlyList<SweepParameter> parameters, int? samples, ulong seed)
    {
        var n = samples ?? throw new ArgumentException("random sampling needs a sample size", nameof(samples));
        var rng = new Xoshiro256(seed);
        var points = new List<string[]>(n);
        for (var i = 0; i < n; i++)
        {
            var point = new string[parameters.Count];
            for (var d = 0; d < parameters.Count; d++)
            {
                point[d] = parameters[d].ValueAt(rng.NextDouble());
            }

            points.Add(point);
        }

        return points;
    }
}
