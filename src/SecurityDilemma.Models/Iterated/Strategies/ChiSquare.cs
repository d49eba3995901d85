using MathNet.Numerics;

namespace SecurityDilemma.Models.Iterated.Strategies;

/// <summary>The chi-squared goodness-of-fit test against a 50-50 split, as scipy.stats.chisquare([c, d]) computes it.</summary>
internal static class ChiSquare
{
    /// <summary>The p-value that <paramref name="cooperations"/> and <paramref name="defections"/> came from a fair coin (1 degree of freedom).</summary>
    /// <remarks>statistic = sum (observed - n/2)^2 / (n/2); for one degree of freedom p = erfc(sqrt(statistic / 2)).</remarks>
    public static double FairCoinPValue(int cooperations, int defections)
    {
        var n = cooperations + defections;
        if (n == 0)
        {
            return double.NaN;
        }

        var expected = n / 2.0;
        var statistic = (((cooperations - expected) * (cooperations - expected)) + ((defections - expected) * (defections - expected))) / expected;
        return SpecialFunctions.Erfc(Math.Sqrt(statistic / 2));
    }
}
