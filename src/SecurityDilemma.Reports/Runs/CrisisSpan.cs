namespace SecurityDilemma.Reports.Runs;

/// <summary>A crisis of a run: its years, parties, the threat each party perceived when it began, and its outcome.</summary>
public sealed record CrisisSpan(int Start, int? End, IReadOnlyList<string> Parties, IReadOnlyDictionary<string, double> Threats, string Outcome);
