using SecurityDilemma.Analysis.Attribution;

namespace SecurityDilemma.Analysis.Tests.Attribution;

/// <summary>Known answers of the Shapley value (Shapley 1953).</summary>
public sealed class ShapleyTests
{
    [Fact]
    public void MajorityGame_SplitsEqually()
    {
        // Three players, a coalition of two or more wins 1: symmetric players get 1/3 each.
        var v = Enumerable.Range(0, 8).Select(m => System.Numerics.BitOperations.PopCount((uint)m) >= 2 ? 1.0 : 0.0).ToArray();
        Assert.All(Shapley.Values(3, v), x => Assert.Equal(1.0 / 3, x, 12));
    }

    [Fact]
    public void AdditiveGame_GivesEachItsOwnContribution()
    {
        double[] own = [0.5, -0.2, 0.1, 0.3];
        var v = Enumerable.Range(0, 16).Select(m => Enumerable.Range(0, 4).Where(i => (m & (1 << i)) != 0).Sum(i => own[i])).ToArray();
        var phi = Shapley.Values(4, v);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(own[i], phi[i], 12);
        }
    }

    [Fact]
    public void GloveGame_KnownAnswer()
    {
        // Player 0 holds a left glove, players 1 and 2 right gloves; a pair is worth 1. Shapley: 2/3, 1/6, 1/6.
        var v = Enumerable.Range(0, 8).Select(m => (m & 1) != 0 && (m & 6) != 0 ? 1.0 : 0.0).ToArray();
        var phi = Shapley.Values(3, v);
        Assert.Equal(2.0 / 3, phi[0], 12);
        Assert.Equal(1.0 / 6, phi[1], 12);
        Assert.Equal(1.0 / 6, phi[2], 12);
    }
}
