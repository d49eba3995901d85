using SecurityDilemma.Models.Statistics;

namespace SecurityDilemma.Models.Tests.Statistics;

/// <summary>Wilson intervals against hand computation: bounds (p + z^2/2n -/+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n), z = 1.959964.</summary>
public sealed class EstimateTests
{
    [Fact]
    public void WilsonInterval_KnownAnswer()
    {
        // 9 of 20: centre (0.45 + 0.096040) / 1.192073 = 0.458056, half 0.199858: [0.258198, 0.657915].
        var e = Estimate.Proportion(9, 20);
        Assert.Equal(0.45, e.Value);
        Assert.Equal(0.258198, e.Lower, 6);
        Assert.Equal(0.657915, e.Upper, 6);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(7)]
    public void WilsonInterval_AtNoneAndAll_IsExactlyClosedAtTheBoundary(int n)
    {
        // At 0 successes the lower bound is 0 and the upper z^2 / (n + z^2); a zero rate is never "above zero".
        var z2 = 1.959963984540054 * 1.959963984540054;
        var none = Estimate.Proportion(0, n);
        Assert.Equal(0.0, none.Lower);
        Assert.False(none.AboveZero);
        Assert.Equal(z2 / (n + z2), none.Upper, 9);

        var all = Estimate.Proportion(n, n);
        Assert.Equal(1.0, all.Upper);
        Assert.Equal(n / (n + z2), all.Lower, 9);
    }
}
