namespace SecurityDilemma.Web.Play;

/// <summary>A new game room: the shipped scenario played, how many years, the time to decide each year, the seed.</summary>
internal sealed record CreateRoomRequest
{
    public string? Scenario { get; init; }

    public int? Years { get; init; }

    public int? TurnSeconds { get; init; }

    public ulong? Seed { get; init; }
}
