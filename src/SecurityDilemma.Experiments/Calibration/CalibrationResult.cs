namespace SecurityDilemma.Experiments.Calibration;

/// <summary>The outcome of a calibration: fitted parameters, the target-vs-simulated table and the goodness of fit.</summary>
public sealed record CalibrationResult
{
    /// <summary>"smm" or "abc".</summary>
    public required string Method { get; init; }

    public required IReadOnlyList<FittedParameter> Parameters { get; init; }

    public required IReadOnlyList<FittedMoment> Moments { get; init; }

    /// <summary>Goodness of fit: Hansen's J for SMM, the chi-square of the posterior-mean moments for ABC.</summary>
    public required double Statistic { get; init; }

    public required int DegreesOfFreedom { get; init; }

    /// <summary>P(chi-square with <see cref="DegreesOfFreedom"/> &gt;= <see cref="Statistic"/>); NaN without degrees of freedom.</summary>
    public required double PValue { get; init; }

    /// <summary>Simulations the algorithm used (recorded ones included).</summary>
    public required int Simulations { get; init; }

    /// <summary>Of those, simulations not run because they were already recorded (read back after <c>--resume</c>, or asked for twice).</summary>
    public int Replayed { get; init; }

    /// <summary>What the method reports besides (evaluations, generations, tolerance, acceptance).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The fitted parameter values in parameter order.</summary>
    public double[] Estimates => [.. Parameters.Select(p => p.Estimate)];
}
