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

    /// <summary>The value of <paramref name="option"/>, which must lie in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public static double Within(double value, string option, double low, double high)
        => value >= low && value <= high ? value : throw new InputException(option, null, null, "", $"{Show(value)} is out of range", $"a number from {Show(low)} to {Show(high)}");

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

    /// <summary>
    /// Parses payoffs into CC,CD,DC,DD (= R,S,T,P) order, the one convention of every command: either named,
    /// <c>R=3,T=5,S=0,P=1</c> (or <c>CC=3,CD=0,DC=5,DD=1</c>) in any order, or four positional numbers in the order
    /// CC,CD,DC,DD (own move first). A positional list that is a Prisoner's Dilemma only in the other common order
    /// (R,T,S,P, e.g. 3,5,0,1) is refused as ambiguous rather than silently classified as another game.
    /// </summary>
    public static double[] PayoffList(string text, string option)
    {
        const string Expected = "named payoffs R=3,T=5,S=0,P=1 (any order), or four numbers CC,CD,DC,DD (= R,S,T,P, own move first) such as 3,0,5,1";
        var parts = text.Split(',');
        if (parts.Length != 4)
        {
            throw new InputException(option, null, null, "", $"'{text}' has {parts.Length} value(s)", Expected);
        }

        string[] names = ["CC", "CD", "DC", "DD"];
        var values = new double[4];
        var named = parts.Any(p => p.Contains('=', StringComparison.Ordinal));
        var seen = new bool[4];
        for (var i = 0; i < 4; i++)
        {
            var part = parts[i].Trim(' ');
            var slot = i;
            if (named)
            {
                var kv = part.Split('=');
                slot = kv.Length == 2 ? kv[0].Trim(' ').ToUpperInvariant() switch
                {
                    "R" or "CC" => 0,
                    "S" or "CD" => 1,
                    "T" or "DC" => 2,
                    "P" or "DD" => 3,
                    _ => -1,
                } : -1;
                if (slot < 0 || seen[slot])
                {
                    throw new InputException(option, null, null, "", $"'{part}' is not one of R=, S=, T=, P= (each once)", Expected);
                }

                seen[slot] = true;
                part = kv[1].Trim(' ');
            }

            if (!double.TryParse(part, NumberStyles.Float & ~NumberStyles.AllowLeadingWhite & ~NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out values[slot]) || !double.IsFinite(values[slot]))
            {
                throw new InputException(option, null, null, names[slot], $"'{part}' is not a number", Expected);
            }
        }

        var (r, s, t, p) = (values[0], values[1], values[2], values[3]);
        if (!named && !IsPrisonersDilemma(r, t, s, p) && IsPrisonersDilemma(r, s, t, p))
        {
            throw new InputException(option, null, null, "", $"'{text}' is ambiguous: read as CC,CD,DC,DD (R,S,T,P) it is not a Prisoner's Dilemma, read as R,T,S,P it is", $"the named form R={F(r)},T={F(s)},S={F(t)},P={F(p)} if you meant the Prisoner's Dilemma, or R={F(r)},S={F(s)},T={F(t)},P={F(p)}");
        }

        return values;
    }

    private static bool IsPrisonersDilemma(double r, double t, double s, double p) => t > r && r > p && p > s;

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

    /// <summary>
    /// A number for JSON, as it is: <see cref="Json"/> writes a NaN or infinite value (e.g. a standard error with no
    /// residual degrees of freedom) as null with a sibling <c>NAME_reason</c>.
    /// </summary>
    public static double Num(double value) => value;

    /// <summary>A number for human output: up to 4 significant decimals, invariant culture.</summary>
    public static string F(double value) => double.IsFinite(value) ? value.ToString("0.####", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
