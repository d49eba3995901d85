namespace SecurityDilemma.Web.Play;

/// <summary>A student joining a room under a name.</summary>
internal sealed record JoinRequest
{
    public string? Name { get; init; }
}
