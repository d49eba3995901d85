namespace SecurityDilemma.Web.Explore;

/// <summary>One shipped scenario as the API lists it.</summary>
/// <remarks>The slider values are the scenario's own (the first state's for per-state fields), so the page starts where the file does.</remarks>
internal sealed record ShippedScenario(string Name, string Summary, int States, int Years, Settings Sliders, string Yaml);
