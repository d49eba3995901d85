namespace SecurityDilemma.Experiments.Data;

/// <summary>
/// One state's participation in one war of the Correlates of War Inter-State War data (v4.0; Sarkees &amp; Wayman
/// 2010, <i>Resort to War</i>). A null year is the COW code -8 (not applicable) or -9 (unknown).
/// </summary>
/// <remarks>
/// <see cref="Side"/> is 1 or 2; <see cref="Initiator"/> is true for the side that began the war; a state that left
/// and re-entered a war has a second spell (<see cref="StartYear2"/>..<see cref="EndYear2"/>). <see cref="Outcome"/>
/// is COW's code (1 winner, 2 loser, 3 compromise or tie, 4 transformed, 5 ongoing, 6 stalemate, 7 continuing, 8
/// changed sides).
/// </remarks>
public sealed record WarParticipation
{
    public required int WarNum { get; init; }

    public required string WarName { get; init; }

    public required int WarType { get; init; }

    public required int CCode { get; init; }

    public required string StateName { get; init; }

    public required int Side { get; init; }

    public required int StartYear1 { get; init; }

    public int? EndYear1 { get; init; }

    public int? StartYear2 { get; init; }

    public int? EndYear2 { get; init; }

    public bool Initiator { get; init; }

    public int? Outcome { get; init; }

    public double? BatDeath { get; init; }

    /// <summary>The last year of the state's participation (its second spell's end if it had one).</summary>
    public int LastYear => EndYear2 ?? StartYear2 ?? EndYear1 ?? StartYear1;
}
