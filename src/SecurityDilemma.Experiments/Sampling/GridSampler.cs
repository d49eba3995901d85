using SecurityDilemma.Experiments.Sweeps;

namespace SecurityDilemma.Experiments.Sampling;

/// <summary>Every combination of every parameter's values (ranges take their evenly spaced steps); the first parameter varies slowest.</summary>
public sealed class GridSampler : ISampler
{
    public string Name => "grid";

    public IReadOnlyList<string[]> Sample(IReadOnlyList<SweepParameter> parameters, int? samples, ulong seed)
    {
        var axes = parameters.Select(p => p.GridValues()).ToArray();
        var count = axes.Aggregate(1L, (n, a) => n * a.Count);
        if (count > SweepLimits.MaxPoints)
        {
            // SweepPlan checks this with the file's position first; this guards direct callers.
            throw new ArgumentException($"the grid has {count:N0} points, more than {SweepLimits.MaxPoints:N0}", nameof(parameters));
        }

        var points = new List<string[]>((int)count);
        var index = new int[axes.Length];
        for (var n = 0L; n < count; n++)
        {
            var point = new string[axes.Length];
            for (var d = 0; d < axes.Length; d++)
            {
                point[d] = axes[d][index[d]];
            }

            points.Add(point);
            for (var d = axes.Length - 1; d >= 0; d--)
            {
                if (++index[d] < axes[d].Count)
                {
                    break;
                }

                index[d] = 0;
            }
        }

        return points;
    }
}
