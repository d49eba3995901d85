namespace SecurityDilemma.Cli.Tests.Experiments;

/// <summary>One point of a summarized sweep (<c>dilemma summarize --json</c>): its parameters as text and each metric's mean or
/// proportion with its 95% interval.</summary>
internal sealed record SummaryPoint(IReadOnlyDictionary<string, string> Parameters, IReadOnlyDictionary<string, (double Value, double Lower, double Upper)> Metrics)
{
    public double this[string metric] => Metrics[metric].Value;

    /// <summary>A parameter read as a number.</summary>
    public double Number(string parameter) => double.Parse(Parameters[parameter], System.Globalization.CultureInfo.InvariantCulture);
}
