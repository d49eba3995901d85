using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Analysis.Lenses;

/// <summary>Two lenses whose wars per run differ: <see cref="Difference"/> is mean(A) - mean(B) with a Welch 95% interval excluding zero.</summary>
public sealed record LensDivergence(string A, string B, Estimate Difference);
