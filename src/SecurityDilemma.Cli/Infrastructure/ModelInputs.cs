using System.Globalization;

namespace SecurityDilemma.Cli.Infrastructure;

/// <summary>Checks and parsers for the formal-model commands' options: every mistake is an <see cref="InputException"/>.</summary>
internal static class ModelInputs
{
    /// <summary>The value of <paramref name="option"/>, which must lie in [0, 1].</summary>
    public static double Probability(double value, string option)
        => value is >= 0 and <= 1 ? value : throw new InputException(option, null, null, "", $"{Show(value)} is outside [0, 1]", "a probability between 0 and 1");

    /// <summary>The value of <paramref name="option"/>, which must be a finite number above zero.</summary>
    public static double Positive(double value, string option)
        => value > 0 && double.IsFinite(value) ? value : throw new InputException(option, null, null, "", $"{Show(value)} is not positive", "a number above 0");

    /// <summary>The value of <paramref name="option"/>, which must be a finite number of at least zero.</summary>
    public static double NonNegative(double value, string option)
        => value >= 0 && double.IsFinite(value) ? value : throw new InputException(option, null, null, "", $"{Show(value)} is negative", "a number of at least 0");

    /// <summary>The value of <paramref name="option"/>, which must be a finite number.</summary>
    public static double Finite(double value, string option)
        => double.IsFinite(value) ? value : throw new InputException(option, null, null, "", $"{Show(value)} is not a finite number", "a finite number");

    /// <summary>Throws unless <paramref name="value"/> was given.</summary>
    public static T Require<T>(T? value, string option, string why)
        where T : struct
        => value ?? throw new InputException(option, null, null, "", $"missing ({why})", $"{option} VALUE");

    /// <summary>Parses "CC,CD,DC,DD" into four finite numbers.</summary>
    public static double[] PayoffList(string text, string option)
    {
        const string Expected = "four comma-separated numbers CC,CD,DC,DD (own move first), e.g. 3,0,5,1";
        var parts = text.Split(',');
        if (parts.Length != 4)
        {
            throw new InputException(option, null, null, "", $"'{text}' has {parts.Length} value(s)", Expected);
        }

        string[] names = ["CC", "CD", "DC", "DD"];
        var values = new double[4];
        for (var i = 0; i < 4; i++)
        {
            var part = parts[i].Trim();
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                throw new InputException(option, null, null, names[i], $"'{part}' is not a number", Expected);
            }
        }

        return values;
    }

    /// <summary>Writes <paramref name="jsonValue"/> as JSON or the human text, and returns exit code 0.</summary>
    public static int Emit(bool json, object jsonValue, Action<TextWriter> human)
    {
        if (json)
        {
            Json.Write(Console.Out, jsonValue);
        }
        else
        {
            human(Console.Out);
        }

        return ExitCodes.Ok;
    }

    /// <summary>A number for JSON: null when it is NaN or infinite (e.g. a standard error with no residual degrees of freedom).</summary>
    public static double? Num(double value) => double.IsFinite(value) ? value : null;

    /// <summary>A number for human output: up to 4 significant decimals, invariant culture.</summary>
    public static string F(double value) => double.IsFinite(value) ? value.ToString("0.####", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
