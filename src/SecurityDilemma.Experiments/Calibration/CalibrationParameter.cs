using System.Globalization;

namespace SecurityDilemma.Experiments.Calibration;

/// <summary>A parameter to fit: a <c>--set</c> path and the closed range it may take (the prior of ABC, the box of SMM).</summary>
public sealed record CalibrationParameter(string Path, double Low, double High)
{
    /// <summary>Parses <c>PATH=LO..HI</c>, e.g. <c>states.*.defense=2..20</c>.</summary>
    public static CalibrationParameter Parse(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        var dots = eq < 0 ? -1 : text.IndexOf("..", eq, StringComparison.Ordinal);
        if (eq <= 0 || dots < 0)
        {
            throw new InputException("--param", null, null, text, "not of the form PATH=LO..HI", "e.g. --param states.*.defense=2..20");
        }

        var path = text[..eq].Trim();
        double Bound(string s, string which) => double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new InputException("--param", null, null, path, $"the {which} bound '{s.Trim()}' is not a number", "PATH=LO..HI with finite numbers");
        var lo = Bound(text[(eq + 1)..dots], "lower");
        var hi = Bound(text[(dots + 2)..], "upper");
        return lo < hi
            ? new CalibrationParameter(path, lo, hi)
            : throw new InputException("--param", null, null, path, $"the range {Format(lo)}..{Format(hi)} is empty", "LO..HI with LO < HI");
    }

    /// <summary>A value as written into <c>--set</c> overrides and scenario files (round-trip exact).</summary>
    public static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public override string ToString() => $"{Path}={Format(Low)}..{Format(High)}";
}
