using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Web.Explore;

/// <summary>
/// A request's validated scenario and, when it is still a scenario file with overrides, that document: the diagnosis
/// and the lens readings replay the document with their own changes. <see cref="Document"/> is null when the
/// number-of-states slider rebuilt the list of states outside the file.
/// </summary>
internal sealed record PreparedScenario(Scenario Scenario, ScenarioDocument? Document);
