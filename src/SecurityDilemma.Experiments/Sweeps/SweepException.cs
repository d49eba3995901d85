namespace SecurityDilemma.Experiments.Sweeps;

/// <summary>A mistake in a sweep file (see <see cref="InputException"/>): where, which field, what was expected.</summary>
public sealed class SweepException(string source, int? line, int? column, string field, string problem, string expected)
    : InputException(source, line, column, field, problem, expected);
