namespace SecurityDilemma.Experiments.Calibration;

/// <summary>One row of the fit table: the target with its uncertainty, the simulated moment at the fit and a 95% interval of it.</summary>
public sealed record FittedMoment(string Moment, double Target, double Uncertainty, double Simulated, double Lower, double Upper)
{
    /// <summary>(simulated - target) / uncertainty.</summary>
    public double Standardized => (Simulated - Target) / Uncertainty;
}
