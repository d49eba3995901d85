namespace SecurityDilemma.Models.ArmsRace;

/// <summary>
/// Richardson's (1960) summed regression: the yearly change dU of U = x + y regressed on the midpoint V.
/// dU = Slope * V + Intercept = Slope * (V - ZeroCrossing); R is Pearson's correlation of V and dU.
/// </summary>
/// <remarks>
/// A positive slope means the race feeds on itself (k + l exceeds the fatigue, Richardson's "unstable" reading);
/// ZeroCrossing is the level of combined spending below which the model predicts disarmament ("dU = 0.73 (V - 194)"
/// for 1909-1913). <see cref="Midpoints"/> and <see cref="Changes"/> are the points the line was fitted to.
/// </remarks>
public sealed record SummedFit(
    Coefficient Slope,
    Coefficient Intercept,
    double ZeroCrossing,
    double R,
    int Observations,
    IReadOnlyList<double> Midpoints,
    IReadOnlyList<double> Changes);
