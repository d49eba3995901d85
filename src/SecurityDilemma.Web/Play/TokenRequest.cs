namespace SecurityDilemma.Web.Play;

/// <summary>A request that only proves who asks (the teacher's token to start or advance a room).</summary>
internal sealed record TokenRequest
{
    public string? Token { get; init; }
}
