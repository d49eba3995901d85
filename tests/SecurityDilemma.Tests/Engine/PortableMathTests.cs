using System.Runtime.Intrinsics;
using SecurityDilemma.Engine;
using SecurityDilemma.Models.Randomness;

namespace SecurityDilemma.Tests.Engine;

/// <summary>The engine's own e^x: accurate against the runtime's, and built only from operations whose bits are fixed.</summary>
public class PortableMathTests
{
    [Theory]
    [InlineData(-20.0, 20.0)]
    [InlineData(-708.0, 708.0)]
    [InlineData(-1e-6, 1e-6)]
    public void ExpAgreesWithMathExpToWithinAFewUnitsInTheLastPlace(double lo, double hi)
    {
        var rng = new Xoshiro256(5);
        var worst = 0.0;
        for (var n = 0; n < 20_000; n++)
        {
            var x = Vector256.Create(lo + ((hi - lo) * rng.NextDouble()), lo + ((hi - lo) * rng.NextDouble()), lo + ((hi - lo) * rng.NextDouble()), 0.0);
            var y = PortableMath.Exp(x);
            for (var lane = 0; lane < 4; lane++)
            {
                var exact = Math.Exp(x.GetElement(lane));
                worst = Math.Max(worst, Math.Abs(y.GetElement(lane) - exact) / exact);
            }
        }

        Assert.True(worst < 1e-15, $"largest relative error {worst:E2}");
    }

    [Fact]
    public void ExpIsExactWhereTheAnswerIsExactAndClampsBeyondTheNormalRange()
    {
        var y = PortableMath.Exp(Vector256.Create(0.0, 1000.0, -1000.0, Math.Log(2.0)));
        Assert.Equal(1.0, y.GetElement(0));
        Assert.Equal(Math.Exp(708.0), y.GetElement(1), 1e292); // clamped at 708: finite, not infinity
        Assert.True(y.GetElement(2) > 0.0 && y.GetElement(2) < 1e-300);
        Assert.Equal(2.0, y.GetElement(3), 15);
    }
}
