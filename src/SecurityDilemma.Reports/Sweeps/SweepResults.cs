using SecurityDilemma.Experiments.Results;

namespace SecurityDilemma.Reports.Sweeps;

/// <summary>A sweep database's per-point estimates (<see cref="Summarizer"/>), with the checks plots need.</summary>
public sealed class SweepResults
{
    /// <summary>Wraps a summary; <paramref name="source"/> names it in error messages.</summary>
    public SweepResults(string source, SweepSummary summary)
    {
        Source = source;
        Summary = summary;
    }

    /// <summary>The database path (or another name for the summary).</summary>
    public string Source { get; }

    /// <summary>The per-point estimates.</summary>
    public SweepSummary Summary { get; }

    /// <summary>Reads and summarizes the database at <paramref name="path"/>.</summary>
    public static SweepResults Load(string path) => new(path, Summarizer.Summarize(path));

    /// <summary>The metric named <paramref name="metric"/>, or the first stored one when null; an unknown name is an <see cref="InputException"/>.</summary>
    public string Metric(string? metric)
    {
        if (metric is null)
        {
            return Summary.MetricNames.Count > 0 ? Summary.MetricNames[0] : throw new InputException(Source, null, null, "", "stores no metrics", "a sweep database with at least one metric");
        }

        return Summary.MetricNames.Contains(metric)
            ? metric
            : throw new InputException("--metric", null, null, "", $"'{metric}' is not in {Source}", $"one of {string.Join(", ", Summary.MetricNames)}");
    }

    /// <summary>
    /// The varied parameter named <paramref name="name"/>, or the <paramref name="fallback"/>-th varied parameter when null;
    /// a name the sweep did not vary is an <see cref="InputException"/> naming <paramref name="option"/>.
    /// </summary>
    public string Parameter(string? name, int fallback, string option)
    {
        var names = Summary.ParameterNames;
        if (name is null)
        {
            return fallback < names.Count
                ? names[fallback]
                : throw new InputException(option, null, null, "", $"{Source} varies {names.Count} parameter(s), so there is none for {option}", "a sweep with more varied parameters, or a different plot kind");
        }

        return names.Contains(name)
            ? name
            : throw new InputException(option, null, null, "", $"'{name}' is not a varied parameter of {Source}", names.Count == 0 ? "a sweep that varies parameters" : $"one of {string.Join(", ", names)}");
    }

    /// <summary>A point's value of <paramref name="parameter"/> as a number (text values are an <see cref="InputException"/>).</summary>
    public double Number(PointSummary point, string parameter) => point.Parameters[parameter] switch
    {
        double d => d,
        IConvertible c when point.Parameters[parameter] is not string => c.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
        var v => throw new InputException(Source, null, null, parameter, $"'{v}' is not a number", "a numeric parameter on a plot axis"),
    };

    /// <summary>The axis label of a metric: what it is and its unit.</summary>
    public static string MetricLabel(string metric, string kind)
        => kind == "proportion" ? $"{metric.Replace('_', ' ')} (rate, 0-1)" : metric.Replace('_', ' ') + " (mean)";
}
