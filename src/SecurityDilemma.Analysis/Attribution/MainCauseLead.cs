using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Analysis.Attribution;

/// <summary>
/// How far the top main cause is ahead of <paramref name="Over"/>, the strongest regulator outside the main causes: the
/// mean per-replicate difference of their Shapley values, paired over the common random numbers, with a Student-t interval.
/// </summary>
public sealed record MainCauseLead(string Over, Estimate Difference);
