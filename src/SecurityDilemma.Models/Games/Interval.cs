namespace SecurityDilemma.Models.Games;

/// <summary>A closed interval [Low, High] of probabilities; a single point when Low == High.</summary>
public readonly record struct Interval(double Low, double High)
{
    /// <summary>The interval holding just <paramref name="x"/>.</summary>
    public static Interval Point(double x) => new(x, x);

    public bool IsPoint => Low == High;

    public bool Contains(double x) => x >= Low && x <= High;

    public override string ToString() => IsPoint ? $"{Low:G4}" : $"[{Low:G4}, {High:G4}]";
}
