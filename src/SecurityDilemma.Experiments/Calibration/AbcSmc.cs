using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Experiments.Calibration;

/// <summary>
/// Approximate Bayesian computation by sequential Monte Carlo: the population Monte Carlo sampler of Beaumont,
/// Cornuet, Marin &amp; Robert (2009, Biometrika 96(4), Algorithm 2) with an adaptive tolerance (each generation's
/// tolerance is the median distance of the previous one; Del Moral, Doucet &amp; Jasra 2012).
/// </summary>
/// <remarks>
/// Prior: uniform on the parameter box. Distance: rho = sqrt(mean_k z_k^2), z_k the standardized error of the mean of R
/// runs. Generation 0 draws N particles from the prior and accepts all. Generation g draws a particle j by weight,
/// perturbs it with a Gaussian kernel of covariance twice the weighted covariance of generation g-1 (Beaumont et al.),
/// discards proposals outside the box without running them, runs the rest and accepts those within the tolerance, in
/// attempt order, until N are accepted. Weights: w_i proportional to prior(theta_i) / sum_j w_j phi(theta_i; theta_j, 2 Sigma).
/// Attempts are run in batches of fixed size N, each attempt seeded from its (generation, index), so the accepted
/// set is the same at any thread count. Generations continue while the budget allows a full one; the posterior is
/// the last complete generation.
/// </remarks>
public static class AbcSmc
{
    public static CalibrationResult Fit(CalibrationProblem problem, CalibrationSettings settings, Evaluator evaluator)
    {
        var p = problem.Parameters.Count;
        var n = settings.Population;
        var r = settings.Replications;
        var lo = problem.Parameters.Select(q => q.Low).ToArray();
        var hi = problem.Parameters.Select(q => q.High).ToArray();

        // Generation 0: the prior.
        var theta = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var rng = new Xoshiro256(SeedTree.Derive(settings.Seed, [1UL, 0UL, (ulong)i]));
            theta[i] = [.. Enumerable.Range(0, p).Select(j => lo[j] + ((hi[j] - lo[j]) * rng.NextDouble()))];
        }

        var (distance, moments) = Simulate(problem, evaluator, settings.Seed, 0, [.. Enumerable.Range(0, n)], theta, r);
        var weights = Enumerable.Repeat(1.0 / n, n).ToArray();
        var generation = 0;
        var tolerance = double.PositiveInfinity;
        var acceptance = 1.0;
        var notes = new List<string> { $"generation 0: {n} particles from the prior" };

        while (true)
        {
            var next = generation + 1;
            var eps = Median(distance);
            var sigma = WeightedCovariance(theta, weights).Multiply(2.0);
            var chol = Cholesky(sigma);
            var precision = sigma.PseudoInverse();
            var normalizer = 1 / Math.Sqrt(Math.Pow(2 * Math.PI, p) * Math.Max(sigma.Determinant(), 1e-300));
            var cumulative = Cumulative(weights);

            var newTheta = new List<double[]>();
            var newDistance = new List<double>();
            var newMoments = new List<double[]>();
            var attempt = 0;
            var runs = 0;
            var complete = true;
            while (newTheta.Count < n)
            {
                if (evaluator.Used + (n * r) > settings.Budget)
                {
                    complete = false;
                    break;
                }

                // A batch of n attempts: proposals drawn from each attempt's own stream, then run together.
                var proposals = new List<double[]>();
                var ids = new List<int>();
                for (var b = 0; b < n; b++, attempt++)
                {
                    var rng = new Xoshiro256(SeedTree.Derive(settings.Seed, [1UL, (ulong)next, (ulong)attempt]));
                    var j = Pick(cumulative, rng.NextDouble());
                    var z = Vector<double>.Build.Dense(p, _ => rng.NextGaussian());
                    var step = chol * z;
                    var candidate = new double[p];
                    var inside = true;
                    for (var d = 0; d < p; d++)
                    {
                        candidate[d] = theta[j][d] + step[d];
                        inside &= candidate[d] >= lo[d] && candidate[d] <= hi[d];
                    }

                    if (inside)
                    {
                        proposals.Add(candidate);
                        ids.Add(attempt);
                    }
                }

                runs += proposals.Count;
                var (dist, mom) = Simulate(problem, evaluator, settings.Seed, next, ids, [.. proposals], r);
                for (var i = 0; i < proposals.Count && newTheta.Count < n; i++)
                {
                    if (dist[i] <= eps)
                    {
                        newTheta.Add(proposals[i]);
                        newDistance.Add(dist[i]);
                        newMoments.Add(mom[i]);
                    }
                }
            }

            if (!complete)
            {
                break;
            }

            var newWeights = new double[n];
            for (var i = 0; i < n; i++)
            {
                var denom = 0.0;
                for (var j = 0; j < n; j++)
                {
                    var diff = Vector<double>.Build.DenseOfArray(newTheta[i]) - Vector<double>.Build.DenseOfArray(theta[j]);
                    denom += weights[j] * normalizer * Math.Exp(-0.5 * (diff * precision * diff));
                }

                newWeights[i] = denom > 0 ? 1 / denom : 0;
            }

            var total = newWeights.Sum();
            theta = [.. newTheta];
            distance = [.. newDistance];
            moments = [.. newMoments];
            weights = [.. newWeights.Select(w => total > 0 ? w / total : 1.0 / n)];
            generation = next;
            tolerance = eps;
            acceptance = (double)n / Math.Max(1, runs);
            notes.Add($"generation {generation}: tolerance {eps:G4}, {runs} runs of {r} simulation(s) for {n} acceptances ({acceptance:P1})");
        }

        var fitted = new List<FittedParameter>();
        var post = new double[p];
        for (var d = 0; d < p; d++)
        {
            var values = theta.Select(t => t[d]).ToArray();
            var mean = values.Select((v, i) => v * weights[i]).Sum();
            var sd = Math.Sqrt(values.Select((v, i) => weights[i] * (v - mean) * (v - mean)).Sum());
            post[d] = mean;
            fitted.Add(new FittedParameter(problem.Parameters[d].Path, mean, sd, Quantile(values, weights, 0.025), Quantile(values, weights, 0.975)));
        }

        var table = new List<FittedMoment>();
        var chi = 0.0;
        for (var k = 0; k < problem.MomentNames.Count; k++)
        {
            var values = moments.Select(m => m[k]).ToArray();
            var defined = values.Select((v, i) => (v, w: weights[i])).Where(x => !double.IsNaN(x.v)).ToArray();
            var wsum = defined.Sum(x => x.w);
            var mean = wsum > 0 ? defined.Sum(x => x.v * x.w) / wsum : double.NaN;
            var t = problem.Targets.Targets[k];
            table.Add(new FittedMoment(t.Moment, t.Value, t.Uncertainty, mean,
                wsum > 0 ? Quantile([.. defined.Select(x => x.v)], [.. defined.Select(x => x.w / wsum)], 0.025) : double.NaN,
                wsum > 0 ? Quantile([.. defined.Select(x => x.v)], [.. defined.Select(x => x.w / wsum)], 0.975) : double.NaN));
            var z = problem.Standardized(k, mean);
            chi += z * z;
        }

        var df = problem.MomentNames.Count;
        notes.Insert(0, $"ABC-SMC: {generation} generation(s) after the prior, final tolerance {tolerance:G4}, population {n}, {r} run(s) per particle");
        return new CalibrationResult
        {
            Method = "abc",
            Parameters = fitted,
            Moments = table,
            Statistic = chi,
            DegreesOfFreedom = df,
            PValue = 1 - ChiSquared.CDF(df, chi),
            Simulations = evaluator.Used,
            Replayed = evaluator.Replayed,
            Notes = notes,
        };
    }

    private static (double[] Distance, double[][] Moments) Simulate(CalibrationProblem problem, Evaluator evaluator, ulong seed, int generation, IReadOnlyList<int> attempts, double[][] theta, int r)
    {
        var requests = new List<(double[], ulong)>(theta.Length * r);
        for (var i = 0; i < theta.Length; i++)
        {
            for (var rep = 0; rep < r; rep++)
            {
                requests.Add((theta[i], SeedTree.Derive(seed, [2UL, (ulong)generation, (ulong)attempts[i], (ulong)rep])));
            }
        }

        var all = evaluator.Run(requests);
        var distance = new double[theta.Length];
        var moments = new double[theta.Length][];
        for (var i = 0; i < theta.Length; i++)
        {
            var m = MomentStatistics.Mean(all[(i * r)..((i + 1) * r)]);
            var s = 0.0;
            for (var k = 0; k < m.Length; k++)
            {
                var z = problem.Standardized(k, m[k]);
                s += z * z;
            }

            distance[i] = Math.Sqrt(s / m.Length);
            moments[i] = m;
        }

        return (distance, moments);
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static Matrix<double> WeightedCovariance(double[][] theta, double[] w)
    {
        var p = theta[0].Length;
        var mean = new double[p];
        for (var i = 0; i < theta.Length; i++)
        {
            for (var d = 0; d < p; d++)
            {
                mean[d] += w[i] * theta[i][d];
            }
        }

        var cov = Matrix<double>.Build.Dense(p, p);
        for (var i = 0; i < theta.Length; i++)
        {
            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < p; b++)
                {
                    cov[a, b] += w[i] * (theta[i][a] - mean[a]) * (theta[i][b] - mean[b]);
                }
            }
        }

        return cov;
    }

    /// <summary>A lower-triangular L with L L' = sigma; a degenerate population gets a small diagonal jitter.</summary>
    private static Matrix<double> Cholesky(Matrix<double> sigma)
    {
        try
        {
            return sigma.Cholesky().Factor;
        }
        catch (ArgumentException)
        {
            var jitter = Matrix<double>.Build.DenseDiagonal(sigma.RowCount, Math.Max(1e-12, sigma.Diagonal().Maximum() * 1e-6));
            return (sigma + jitter).Cholesky().Factor;
        }
    }

    private static double[] Cumulative(double[] w)
    {
        var c = new double[w.Length];
        var s = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            s += w[i];
            c[i] = s;
        }

        return c;
    }

    private static int Pick(double[] cumulative, double u)
    {
        var target = u * cumulative[^1];
        for (var i = 0; i < cumulative.Length; i++)
        {
            if (target < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }

    /// <summary>The weighted quantile: the smallest value whose cumulative weight reaches q.</summary>
    private static double Quantile(double[] values, double[] weights, double q)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var total = weights.Sum();
        var s = 0.0;
        foreach (var i in order)
        {
            s += weights[i];
            if (s >= q * total)
            {
                return values[i];
            }
        }

        return values[order[^1]];
    }
}
