namespace SecurityDilemma.Models.ArmsRace;

/// <summary>A simulated path of the Richardson system: arms levels x and y at each time.</summary>
public sealed record RichardsonTrajectory(IReadOnlyList<double> Times, IReadOnlyList<double> X, IReadOnlyList<double> Y);
