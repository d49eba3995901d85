using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Experiments.Calibration;

/// <summary>
/// Simulated method of moments (McFadden 1989; Pakes &amp; Pollard 1989; Gourieroux &amp; Monfort 1996): minimizes
/// Q(theta) = sum_k ((m_k(theta) - t_k) / s_k)^2 over the parameter box, where m(theta) is the mean of R runs with the
/// same R seeds at every theta (common random numbers, so Q is a deterministic and, where the engine is graded, smooth
/// function of theta) and s_k the targets' uncertainties.
/// </summary>
/// <remarks>
/// The optimizer is MathNet's Nelder-Mead simplex on an unbounded transform of the box (theta = lo + (hi - lo) /
/// (1 + e^-u)), started at the box's centre. Standard errors use the sandwich
/// V = (G'WG)^-1 G'W Omega W G (G'WG)^-1 with W = diag(1/s^2), G the Jacobian of m at the estimate by central
/// differences (1% of each range, on the same seeds) and Omega = diag(s^2) + S/R the variance of the targets plus that
/// of the simulated mean (S the covariance of the R runs). The goodness of fit is Hansen's J = e' Omega^-1 e with
/// e = m(theta^) - t, chi-square with K - P degrees of freedom.
/// </remarks>
public static class Smm
{
    public static CalibrationResult Fit(CalibrationProblem problem, CalibrationSettings settings, Evaluator evaluator)
    {
        var p = problem.Parameters.Count;
        var r = settings.Replications;
        var seeds = Enumerable.Range(0, r).Select(i => SeedTree.Derive(settings.Seed, [0UL, (ulong)i])).ToArray();
        var reserved = ((2 * p) + 1) * r; // the Jacobian and the runs at the estimate
        var maxEvaluations = (settings.Budget - reserved) / r;
        var evaluations = 0;
        var best = double.PositiveInfinity;
        double[] bestTheta = Center(problem);

        double[][] Reps(double[] theta) => evaluator.Run([.. seeds.Select(s => (theta, s))]);

        double Objective(Vector<double> u)
        {
            if (evaluations >= maxEvaluations)
            {
                throw new BudgetSpent();
            }

            evaluations++;
            var theta = ToTheta(problem, u);
            var m = MomentStatistics.Mean(Reps(theta));
            var q = 0.0;
            for (var k = 0; k < m.Length; k++)
            {
                var z = problem.Standardized(k, m[k]);
                q += z * z;
            }

            if (q < best)
            {
                best = q;
                bestTheta = theta;
            }

            return q;
        }

        var stop = "converged";
        try
        {
            var simplex = new NelderMeadSimplex(1e-8, Math.Max(1, maxEvaluations));
            simplex.FindMinimum(ObjectiveFunction.Value(Objective), Vector<double>.Build.Dense(p), Vector<double>.Build.Dense(p, 1.0));
        }
        catch (BudgetSpent)
        {
            stop = "budget spent";
        }
        catch (MaximumIterationsException)
        {
            stop = "budget spent";
        }

        // Jacobian by central differences on the same seeds, one-sided at the box's edges.
        var atBest = Reps(bestTheta);
        var mean = MomentStatistics.Mean(atBest);
        var kCount = mean.Length;
        var g = Matrix<double>.Build.Dense(kCount, p);
        for (var j = 0; j < p; j++)
        {
            var par = problem.Parameters[j];
            var h = 0.01 * (par.High - par.Low);
            var up = (double[])bestTheta.Clone();
            var down = (double[])bestTheta.Clone();
            up[j] = Math.Min(par.High, bestTheta[j] + h);
            down[j] = Math.Max(par.Low, bestTheta[j] - h);
            var mu = MomentStatistics.Mean(Reps(up));
            var md = MomentStatistics.Mean(Reps(down));
            for (var k = 0; k < kCount; k++)
            {
                var d = (mu[k] - md[k]) / (up[j] - down[j]);
                g[k, j] = double.IsFinite(d) ? d : 0;
            }
        }

        var s = MomentStatistics.Covariance(atBest);
        var omega = Matrix<double>.Build.Dense(kCount, kCount, (a, b) => s[a, b] / r + (a == b ? Math.Pow(problem.Targets.Targets[a].Uncertainty, 2) : 0));
        var w = Matrix<double>.Build.DenseOfDiagonalArray([.. problem.Targets.Targets.Select(t => 1 / (t.Uncertainty * t.Uncertainty))]);
        var bread = (g.Transpose() * w * g).PseudoInverse();
        var v = bread * g.Transpose() * w * omega * w * g * bread;

        var fitted = new List<FittedParameter>();
        for (var j = 0; j < p; j++)
        {
            var se = Math.Sqrt(Math.Max(0, v[j, j]));
            var par = problem.Parameters[j];
            fitted.Add(new FittedParameter(par.Path, bestTheta[j], se, bestTheta[j] - (1.96 * se), bestTheta[j] + (1.96 * se)));
        }

        var moments = new List<FittedMoment>();
        var e = Vector<double>.Build.Dense(kCount);
        for (var k = 0; k < kCount; k++)
        {
            var t = problem.Targets.Targets[k];
            var half = 1.96 * Math.Sqrt(s[k, k] / r);
            moments.Add(new FittedMoment(t.Moment, t.Value, t.Uncertainty, mean[k], mean[k] - half, mean[k] + half));
            e[k] = problem.Standardized(k, mean[k]) * t.Uncertainty;
        }

        var j2 = e * omega.PseudoInverse() * e;
        var df = kCount - p;
        return new CalibrationResult
        {
            Method = "smm",
            Parameters = fitted,
            Moments = moments,
            Statistic = j2,
            DegreesOfFreedom = df,
            PValue = df > 0 ? 1 - ChiSquared.CDF(df, j2) : double.NaN,
            Simulations = evaluator.Used,
            Replayed = evaluator.Replayed,
            Notes =
            [
                $"Nelder-Mead: {evaluations} evaluations of {r} runs each ({stop}), objective {best:G6} at the estimate",
                $"standard errors: sandwich with a central-difference Jacobian ({2 * p * r} runs) and {r} runs at the estimate",
            ],
        };
    }

    private static double[] Center(CalibrationProblem problem) => [.. problem.Parameters.Select(q => (q.Low + q.High) / 2)];

    private static double[] ToTheta(CalibrationProblem problem, Vector<double> u)
    {
        var theta = new double[u.Count];
        for (var j = 0; j < u.Count; j++)
        {
            var q = problem.Parameters[j];
            theta[j] = q.Low + ((q.High - q.Low) / (1 + Math.Exp(-u[j])));
        }

        return theta;
    }

    private sealed class BudgetSpent : Exception
    {
    }
}
