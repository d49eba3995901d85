namespace SecurityDilemma.Reports.Runs;

/// <summary>A war of a run, as run.json lists it: first and last year (null while still going), sides, initiator.</summary>
public sealed record WarSpan(int Start, int? End, IReadOnlyList<IReadOnlyList<string>> Sides, string Initiator, bool Preemptive);
