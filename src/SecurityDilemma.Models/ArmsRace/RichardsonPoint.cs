namespace SecurityDilemma.Models.ArmsRace;

/// <summary>A pair of arms levels (x, y), or of their rates of change.</summary>
public readonly record struct RichardsonPoint(double X, double Y);
