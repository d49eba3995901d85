using MathNet.Numerics.LinearAlgebra;

namespace SecurityDilemma.Models.ArmsRace;

/// <summary>Ordinary least squares with classical standard errors.</summary>
public static class LeastSquares
{
    /// <summary>
    /// Fits y = X beta by OLS (QR decomposition). Standard errors are sqrt(diag(s^2 (X'X)^-1)) with
    /// s^2 = RSS / (n - p); returns null when X has less than full column rank.
    /// </summary>
    public static (Coefficient[] Coefficients, double RSquared, int DegreesOfFreedom)? Fit(double[,] regressors, double[] response)
    {
        var x = Matrix<double>.Build.DenseOfArray(regressors);
        var y = Vector<double>.Build.DenseOfArray(response);
        var n = x.RowCount;
        var p = x.ColumnCount;
        if (n < p || x.Rank() < p)
        {
            return null;
        }

        var beta = x.QR().Solve(y);
        var residuals = y - (x * beta);
        var rss = residuals.DotProduct(residuals);
        var mean = y.Average();
        var tss = y.Sum(v => (v - mean) * (v - mean));
        var df = n - p;
        var s2 = df > 0 ? rss / df : double.NaN;
        var covariance = (x.TransposeThisAndMultiply(x)).Inverse() * s2;
        var coefficients = new Coefficient[p];
        for (var j = 0; j < p; j++)
        {
            coefficients[j] = new Coefficient(beta[j], Math.Sqrt(covariance[j, j]));
        }

        return (coefficients, tss > 0 ? 1 - (rss / tss) : double.NaN, df);
    }
}
