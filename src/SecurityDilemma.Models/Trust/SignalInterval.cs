namespace SecurityDilemma.Models.Trust;

/// <summary>The costs s of a reassurance signal that separate the types: [Low, High], empty when Low &gt; High.</summary>
public sealed record SignalInterval(double Low, double High)
{
    public bool IsEmpty => Low > High;

    /// <summary>True when a signal of cost <paramref name="cost"/> separates the types.</summary>
    public bool Separates(double cost) => !IsEmpty && cost >= Low && cost <= High;
}
