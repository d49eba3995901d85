namespace SecurityDilemma.Models.Bargaining;

/// <summary>The shares x of the disputed good (going to A) that both sides prefer to war: [Low, High], empty when Low &gt; High.</summary>
public sealed record BargainingRange(double Low, double High)
{
    public bool IsEmpty => Low > High;

    /// <summary>High - Low: the surplus that war would destroy (negative when empty).</summary>
    public double Width => High - Low;

    /// <summary>True when both sides prefer the deal <paramref name="share"/> to fighting.</summary>
    public bool Contains(double share) => share >= Low && share <= High;
}
