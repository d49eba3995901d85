namespace SecurityDilemma.Experiments.Calibration;

/// <summary>A fitted parameter: estimate, standard error and a 95% interval (SMM: estimate +- 1.96 SE; ABC: posterior 2.5% and 97.5% quantiles).</summary>
public sealed record FittedParameter(string Path, double Estimate, double StandardError, double Lower, double Upper);
