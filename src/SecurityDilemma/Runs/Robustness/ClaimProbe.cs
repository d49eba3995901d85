using SecurityDilemma.Engine;

namespace SecurityDilemma.Runs.Robustness;

/// <summary>
/// One theory claim reduced to a paired effect: for replication r, the claim's treatment world minus its control world,
/// both run with the same seed and the given engine constants. The claim holds in the direction it states when the mean
/// effect is positive.
/// </summary>
/// <param name="Claim">The claim's number in docs/theory.md (1-9).</param>
/// <param name="Title">Short name of the claim.</param>
/// <param name="Effect">What the effect measures, treatment minus control, in words.</param>
/// <param name="Difference">The paired effect of replication r under the constants.</param>
public sealed record ClaimProbe(int Claim, string Title, string Effect, Func<int, EngineConstants, double> Difference);
