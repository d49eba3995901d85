namespace SecurityDilemma.Models.Bargaining;

/// <summary>Argument checks shared by the bargaining models.</summary>
internal static class Check
{
    public static void Probability(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "a probability in [0, 1]");
        }
    }

    public static void Cost(double value, string name)
    {
        if (!(value >= 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "a non-negative cost");
        }
    }
}
