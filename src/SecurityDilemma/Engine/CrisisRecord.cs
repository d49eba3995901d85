namespace SecurityDilemma.Engine;

/// <summary>A crisis between two states: its trigger, the threats each side perceived when it began, the moves, and its end.</summary>
public sealed record CrisisRecord
{
    public required int Start { get; init; }

    /// <summary>Year it ended; null if it was still open when the run ended.</summary>
    public int? End { get; init; }

    /// <summary>The two parties (the one whose view triggered the crisis first).</summary>
    public required IReadOnlyList<string> Parties { get; init; }

    /// <summary>What started it: "threat" (a party's perceived threat crossed the crisis threshold) or "demand" (a greedy or power-maximizing party pressed demands).</summary>
    public required string Trigger { get; init; }

    /// <summary>The threat each party perceived from the other when the crisis began, by name.</summary>
    public required IReadOnlyDictionary<string, double> Threats { get; init; }

    public required IReadOnlyList<CrisisMove> Moves { get; init; }

    /// <summary>"war", "defused" (threats fell back), "backed_down" (defused after a party backed down) or "open".</summary>
    public required string Outcome { get; init; }
}
