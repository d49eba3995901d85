namespace SecurityDilemma.Engine;

/// <summary>An alliance or a guarantee as it lived in a run: who, how strong, when it began and ended, and where it came from.</summary>
public sealed record AllianceRecord
{
    /// <summary>"alliance" (mutual) or "guarantee" (the first member promises to defend the second).</summary>
    public required string Kind { get; init; }

    /// <summary>Member names; for a guarantee the guarantor first, then the protege.</summary>
    public required IReadOnlyList<string> Members { get; init; }

    /// <summary>Declared commitment, 0..1 (each leader tightens or loosens it by its perceived balance when it decides).</summary>
    public required double Commitment { get; init; }

    /// <summary>Year it was formed; 0 for one declared in the scenario.</summary>
    public required int Formed { get; init; }

    /// <summary>Year its last link was dropped; null if it lasted to the end of the run.</summary>
    public int? Dissolved { get; init; }

    /// <summary>"scenario" or "decision".</summary>
    public required string Origin { get; init; }
}
