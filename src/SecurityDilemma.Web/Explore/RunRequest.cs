namespace SecurityDilemma.Web.Explore;

/// <summary>A run (or a sweep's base world): a shipped scenario by name or an uploaded YAML, with the sliders applied.</summary>
internal record RunRequest
{
    public string? Scenario { get; init; }

    public string? Yaml { get; init; }

    public ulong? Seed { get; init; }

    public int? Years { get; init; }

    public Settings? Settings { get; init; }
}
