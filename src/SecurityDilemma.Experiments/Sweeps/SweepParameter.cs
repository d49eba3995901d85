using System.Globalization;

namespace SecurityDilemma.Experiments.Sweeps;

/// <summary>
/// One varied parameter: a <c>--set</c> path (e.g. <c>technology.distinguishability</c>, <c>states.*.prior_trust</c>)
/// with either a list of values or a numeric range. The special path <c>scenario</c> chooses among scenario files.
/// </summary>
public sealed record SweepParameter
{
    /// <summary>The path that selects scenario files instead of a field (values are files relative to the sweep file).</summary>
    public const string ScenarioPath = "scenario";

    public required string Path { get; init; }

    /// <summary>Explicit values (as written; the scenario loader parses them), or null for a range.</summary>
    public IReadOnlyList<string>? Values { get; init; }

    public double Min { get; init; }

    public double Max { get; init; }

    /// <summary>For a range in a grid: evenly spaced values from Min to Max inclusive; null when sampled.</summary>
    public int? Steps { get; init; }

    /// <summary>Round sampled range values to whole numbers.</summary>
    public bool Integer { get; init; }

    /// <summary>Position of the parameter in the sweep file (for error messages).</summary>
    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>True when this parameter is a range (min/max) rather than a value list.</summary>
    public bool IsRange => Values is null;

    /// <summary>True when every value is a number, so the results column is DOUBLE rather than VARCHAR.</summary>
    public bool IsNumeric => Values is null || Values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));

    /// <summary>The values a full grid takes: the list, or <see cref="Steps"/> evenly spaced points of the range.</summary>
    public IReadOnlyList<string> GridValues()
    {
        if (Values is not null)
        {
            return Values;
        }

        var steps = Steps ?? throw new InvalidOperationException($"range {Path} has no steps");
        var result = new string[steps];
        for (var i = 0; i < steps; i++)
        {
            var x = steps == 1 ? Min : Min + ((Max - Min) * i / (steps - 1));
            result[i] = Format(Integer ? Math.Round(x) : x);
        }

        return result;
    }

    /// <summary>The value at unit coordinate <paramref name="u"/> in [0, 1): uniform over the range, or over the list's entries.</summary>
    public string ValueAt(double u)
    {
        if (Values is not null)
        {
            return Values[Math.Min(Values.Count - 1, (int)(u * Values.Count))];
        }

        var x = Min + ((Max - Min) * u);
        return Format(Integer ? Math.Round(x) : x);
    }

    /// <summary>Round-trippable invariant text of a number, as the scenario loader expects.</summary>
    public static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
