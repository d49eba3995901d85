namespace SecurityDilemma.Models.ArmsRace;

/// <summary>Fits Richardson's arms-race model to yearly data.</summary>
public static class RichardsonFit
{
    /// <summary>The summed regression and, when identifiable, the full two-equation fit.</summary>
    public static RichardsonFitResult Fit(ArmsSeries data)
    {
        var summed = Summed(data);
        var (full, reason) = Full(data);
        return new RichardsonFitResult(data, summed, full, reason);
    }

    /// <summary>
    /// Richardson's (1960) summed regression: U_t = x_t + y_t, dU = (U_t+1 - U_t) per year, V = (U_t + U_t+1)/2,
    /// OLS of dU on V. For his 1909-1913 budgets: slope 0.7310, intercept -142.49, zero crossing 194.9, r 0.9995.
    /// </summary>
    public static SummedFit Summed(ArmsSeries data)
    {
        var n = data.Years.Count - 1;
        if (n < 2)
        {
            throw new ArgumentException("the summed fit needs at least 3 years", nameof(data));
        }

        var u = data.Sum;
        var v = new double[n];
        var d = new double[n];
        for (var t = 0; t < n; t++)
        {
            var gap = data.Years[t + 1] - data.Years[t];
            v[t] = (u[t] + u[t + 1]) / 2;
            d[t] = (u[t + 1] - u[t]) / gap;
        }

        var regressors = new double[n, 2];
        for (var t = 0; t < n; t++)
        {
            regressors[t, 0] = v[t];
            regressors[t, 1] = 1;
        }

        var fit = LeastSquares.Fit(regressors, d);
        if (fit is not { } ok)
        {
            // Every midpoint equal: no line through the points is defined.
            return new SummedFit(new Coefficient(double.NaN, double.NaN), new Coefficient(double.NaN, double.NaN), double.NaN, double.NaN, n, v, d);
        }

        var slope = ok.Coefficients[0];
        var intercept = ok.Coefficients[1];
        return new SummedFit(slope, intercept, -intercept.Value / slope.Value, Correlation(v, d), n, v, d);
    }

    /// <summary>
    /// The full fit dx = k*y - a*x + g, dy = l*x - b*y + h (levels at yearly midpoints, changes per year), or null
    /// and the reason when there are fewer than five years or the regressors are collinear.
    /// </summary>
    public static (FullFit? Fit, string? Unavailable) Full(ArmsSeries data)
    {
        var n = data.Years.Count - 1;
        if (n < 4)
        {
            return (null, $"the two-equation fit has 3 coefficients per equation and needs at least 5 years (4 yearly changes); the data has {data.Years.Count}");
        }

        var regressorsX = new double[n, 3];
        var regressorsY = new double[n, 3];
        var dx = new double[n];
        var dy = new double[n];
        for (var t = 0; t < n; t++)
        {
            var gap = data.Years[t + 1] - data.Years[t];
            var xm = (data.X[t] + data.X[t + 1]) / 2;
            var ym = (data.Y[t] + data.Y[t + 1]) / 2;
            dx[t] = (data.X[t + 1] - data.X[t]) / gap;
            dy[t] = (data.Y[t + 1] - data.Y[t]) / gap;
            regressorsX[t, 0] = ym;
            regressorsX[t, 1] = xm;
            regressorsX[t, 2] = 1;
            regressorsY[t, 0] = xm;
            regressorsY[t, 1] = ym;
            regressorsY[t, 2] = 1;
        }

        var fx = LeastSquares.Fit(regressorsX, dx);
        var fy = LeastSquares.Fit(regressorsY, dy);
        if (fx is not { } ex || fy is not { } ey)
        {
            return (null, "the regressors are collinear (x and y move in lockstep), so k, a, g, l, b, h are not identified");
        }

        // The fitted coefficient on the own level is -a (-b): flip the sign, keep the standard error.
        return (new FullFit(
            ex.Coefficients[0],
            new Coefficient(-ex.Coefficients[1].Value, ex.Coefficients[1].StandardError),
            ex.Coefficients[2],
            ey.Coefficients[0],
            new Coefficient(-ey.Coefficients[1].Value, ey.Coefficients[1].StandardError),
            ey.Coefficients[2],
            ex.RSquared,
            ey.RSquared,
            ex.DegreesOfFreedom), null);
    }

    private static double Correlation(double[] a, double[] b)
    {
        var ma = a.Average();
        var mb = b.Average();
        double sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }

        return sab / Math.Sqrt(saa * sbb);
    }
}
