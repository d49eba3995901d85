namespace SecurityDilemma.Experiments.Calibration;

/// <summary>Means and covariances of replicated moment vectors, leaving out a moment where a replication left it undefined (NaN).</summary>
internal static class MomentStatistics
{
    /// <summary>The mean of each moment over the replications where it is defined (NaN where it never is).</summary>
    public static double[] Mean(IReadOnlyList<double[]> reps)
    {
        var k = reps[0].Length;
        var mean = new double[k];
        for (var j = 0; j < k; j++)
        {
            double s = 0;
            var n = 0;
            foreach (var r in reps)
            {
                if (!double.IsNaN(r[j]))
                {
                    s += r[j];
                    n++;
                }
            }

            mean[j] = n > 0 ? s / n : double.NaN;
        }

        return mean;
    }

    /// <summary>The sample covariance of the moments over pairwise-defined replications (0 where fewer than two).</summary>
    public static double[,] Covariance(IReadOnlyList<double[]> reps)
    {
        var k = reps[0].Length;
        var mean = Mean(reps);
        var cov = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                double s = 0;
                var n = 0;
                foreach (var r in reps)
                {
                    if (!double.IsNaN(r[a]) && !double.IsNaN(r[b]))
                    {
                        s += (r[a] - mean[a]) * (r[b] - mean[b]);
                        n++;
                    }
                }

                cov[a, b] = n > 1 ? s / (n - 1) : 0;
            }
        }

        return cov;
    }
}
