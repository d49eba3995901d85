namespace SecurityDilemma.Reports.Runs;

/// <summary>An alliance or guarantee of a run: members, the year it formed (0 = declared) and dissolved (null if it lasted).</summary>
public sealed record AllianceSpan(string Kind, IReadOnlyList<string> Members, int Formed, int? Dissolved);
