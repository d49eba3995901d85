namespace SecurityDilemma.Models.ArmsRace;

/// <summary>
/// The two-equation fit of Richardson's model: dx = k*y - a*x + g and dy = l*x - b*y + h by OLS, with
/// standard errors, the implied <see cref="Model"/>, and each equation's R².
/// </summary>
/// <remarks>
/// Levels are yearly midpoints ((x_t + x_t+1)/2), as in Richardson's summed fit; changes are per year.
/// Four yearly changes (five years) are the fewest that leave a residual degree of freedom per equation;
/// with few years the standard errors are wide and the coefficients should be read with care.
/// </remarks>
public sealed record FullFit(
    Coefficient K,
    Coefficient A,
    Coefficient G,
    Coefficient L,
    Coefficient B,
    Coefficient H,
    double XRSquared,
    double YRSquared,
    int DegreesOfFreedom)
{
    /// <summary>The Richardson model with the point estimates.</summary>
    public RichardsonModel Model => new(K.Value, A.Value, G.Value, L.Value, B.Value, H.Value);
}
