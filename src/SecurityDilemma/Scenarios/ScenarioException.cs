namespace SecurityDilemma.Scenarios;

/// <summary>A mistake in a scenario file or a <c>--set</c> override (see <see cref="InputException"/>).</summary>
public sealed class ScenarioException(string source, int? line, int? column, string field, string problem, string expected)
    : InputException(source, line, column, field, problem, expected);
