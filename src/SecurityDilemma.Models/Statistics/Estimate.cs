using MathNet.Numerics.Distributions;

namespace SecurityDilemma.Models.Statistics;

/// <summary>A point estimate with a two-sided confidence interval.</summary>
public readonly record struct Estimate(double Value, double Lower, double Upper, int N, double Level = 0.95)
{
    /// <summary>True when the interval lies strictly above zero.</summary>
    public bool AboveZero => Lower > 0;

    /// <summary>True when the interval lies strictly below zero.</summary>
    public bool BelowZero => Upper < 0;

    public override string ToString() => $"{Value:G4} [{Lower:G4}, {Upper:G4}] ({Level:P0} CI, n={N})";

    /// <summary>Mean with a Student-t interval. NaN values (e.g. "no war, no first-war year") are left out.</summary>
    public static Estimate Mean(IEnumerable<double> values, double level = 0.95)
    {
        var xs = values.Where(v => !double.IsNaN(v)).ToArray();
        var n = xs.Length;
        if (n == 0)
        {
            return new Estimate(double.NaN, double.NaN, double.NaN, 0, level);
        }

        var mean = xs.Average();
        if (n == 1)
        {
            return new Estimate(mean, double.NaN, double.NaN, 1, level);
        }

        var variance = xs.Sum(x => (x - mean) * (x - mean)) / (n - 1);
        var half = StudentT.InvCDF(0, 1, n - 1, 0.5 + (level / 2)) * Math.Sqrt(variance / n);
        return new Estimate(mean, mean - half, mean + half, n, level);
    }

    /// <summary>A proportion with the Wilson score interval (Wilson 1927), sound near 0 and 1.</summary>
    public static Estimate Proportion(int successes, int n, double level = 0.95)
    {
        if (n == 0)
        {
            return new Estimate(double.NaN, double.NaN, double.NaN, 0, level);
        }

        var z = Normal.InvCDF(0, 1, 0.5 + (level / 2));
        var p = (double)successes / n;
        var denom = 1 + (z * z / n);
        var centre = (p + (z * z / (2.0 * n))) / denom;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n))) / denom;
        // At 0 and n successes the bounds are exactly 0 and 1; computed, they can miss by a rounding error, which would
        // put a rate of zero "above zero".
        return new Estimate(p, successes == 0 ? 0.0 : centre - half, successes == n ? 1.0 : centre + half, n, level);
    }

    /// <summary>Difference of means a - b with a Welch interval: the effect size of a two-condition comparison.</summary>
    public static Estimate Difference(IReadOnlyCollection<double> a, IReadOnlyCollection<double> b, double level = 0.95)
    {
        var xa = a.Where(v => !double.IsNaN(v)).ToArray();
        var xb = b.Where(v => !double.IsNaN(v)).ToArray();
        if (xa.Length < 2 || xb.Length < 2)
        {
            return new Estimate(double.NaN, double.NaN, double.NaN, xa.Length + xb.Length, level);
        }

        double Var(double[] x, double m) => x.Sum(v => (v - m) * (v - m)) / (x.Length - 1);
        var ma = xa.Average();
        var mb = xb.Average();
        var va = Var(xa, ma) / xa.Length;
        var vb = Var(xb, mb) / xb.Length;
        var se = Math.Sqrt(va + vb);
        var diff = ma - mb;
        if (se == 0)
        {
            return new Estimate(diff, diff, diff, xa.Length + xb.Length, level);
        }

        var df = (va + vb) * (va + vb) / ((va * va / (xa.Length - 1)) + (vb * vb / (xb.Length - 1)));
        var half = StudentT.InvCDF(0, 1, df, 0.5 + (level / 2)) * se;
        return new Estimate(diff, diff - half, diff + half, xa.Length + xb.Length, level);
    }
}
