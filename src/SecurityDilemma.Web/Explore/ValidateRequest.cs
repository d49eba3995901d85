namespace SecurityDilemma.Web.Explore;

/// <summary>A scenario file to check, as text.</summary>
internal sealed record ValidateRequest
{
    public string? Yaml { get; init; }
}
