namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>A scholar's position on an aspect, in our words, and the verdict it implies (null: no position taken).</summary>
public sealed record ScholarPosition(string Position, string? Verdict);
