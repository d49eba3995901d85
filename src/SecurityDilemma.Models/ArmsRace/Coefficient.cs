namespace SecurityDilemma.Models.ArmsRace;

/// <summary>A least-squares estimate with its standard error (NaN when the fit has no residual degrees of freedom).</summary>
public readonly record struct Coefficient(double Value, double StandardError);
