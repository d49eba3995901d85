using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>A war as it happened: who, when, who started it and why.</summary>
public sealed record WarRecord
{
    public required int Start { get; init; }

    /// <summary>Year the war ended; null if it was still going when the run ended.</summary>
    public int? End { get; init; }

    /// <summary>The two sides, each a list of state names (initiator's side first).</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Sides { get; init; }

    public required string Initiator { get; init; }

    public bool Preemptive { get; init; }

    /// <summary>True motives of the belligerents, by state name.</summary>
    public required IReadOnlyDictionary<string, Motive> Motives { get; init; }

    /// <summary>Name of the winning side's leader, or null for a stalemate / ongoing war.</summary>
    public string? Winner { get; init; }
}

/// <summary>The outcome of one run.</summary>
public sealed record RunResult
{
    public required Scenario Scenario { get; init; }

    public required ulong Seed { get; init; }

    public required int Years { get; init; }

    public required IReadOnlyList<WarRecord> Wars { get; init; }

    public required RunMetrics Metrics { get; init; }

    /// <summary>Alliances and guarantees, declared and chosen, in order of formation.</summary>
    public IReadOnlyList<AllianceRecord> Alliances { get; init; } = [];

    /// <summary>Every crisis with its trigger, perceived threats, moves and end.</summary>
    public IReadOnlyList<CrisisRecord> Crises { get; init; } = [];
}
