namespace SecurityDilemma.Models.ArmsRace;

/// <summary>Both fits of a series; <see cref="Full"/> is null (with <see cref="FullUnavailable"/> saying why) when it cannot be estimated.</summary>
public sealed record RichardsonFitResult(ArmsSeries Data, SummedFit Summed, FullFit? Full, string? FullUnavailable);
