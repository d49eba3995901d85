using SecurityDilemma.Models.Bargaining;

namespace SecurityDilemma.Models.Tests.Bargaining;

public class FearonTests
{
    [Fact]
    public void Fearon1995_BargainingRange()
    {
        // Fearon (1995), "Rationalist Explanations for War", IO 49(3), p. 388: deals in [p - c_A, p + c_B];
        // p = 0.5, c_A = c_B = 0.1 gives [0.4, 0.6].
        var r = FearonBargaining.Range(0.5, 0.1, 0.1);
        Assert.Equal(0.4, r.Low, 12);
        Assert.Equal(0.6, r.High, 12);
        Assert.Equal(0.2, r.Width, 12);
        Assert.False(r.IsEmpty);
    }

    [Fact]
    public void Fearon1995_FirstStrikeAdvantageLargerThanCosts_NoSelfEnforcingPeace()
    {
        // Fearon (1995, pp. 402-403): peace is self-enforcing iff p_f - p_s <= c_A + c_B; 0.7 - 0.4 = 0.3 > 0.2.
        Assert.False(FirstStrike.PeaceIsSelfEnforcing(0.7, 0.4, 0.1, 0.1));
        var r = FirstStrike.PeacefulRange(0.7, 0.4, 0.1, 0.1);
        Assert.True(r.IsEmpty);
        Assert.Equal(0.6, r.Low, 12);
        Assert.Equal(0.5, r.High, 12);

        // A smaller advantage (0.6 - 0.45 = 0.15 <= 0.2) leaves deals nobody wants to break.
        Assert.True(FirstStrike.PeaceIsSelfEnforcing(0.6, 0.45, 0.1, 0.1));
        Assert.False(FirstStrike.PeacefulRange(0.6, 0.45, 0.1, 0.1).IsEmpty);
    }

    [Fact]
    public void Powell2006_LargeFastShift_DecliningStateFightsPreventively()
    {
        // Powell (2006), "War as a Commitment Problem", IO 60(1): fight iff delta (p_now - p_later) > (1 - delta)(1 - p_now + c).
        // p_now 0.5, p_later 0.2, c 0.1, delta 0.9: war (0.5 - 0.1)/0.1 = 4 > peace 1 + 0.9*0.1/0.1 = 1.9.
        var a = PreventiveWar.Assess(0.5, 0.2, 0.1, 0.9);
        Assert.True(a.DecliningStateFights);
        Assert.Equal(4, a.WarValue, 12);
        Assert.Equal(1.9, a.BestPeaceValue, 12);
        Assert.Equal(0.27, a.PowerShift, 12);
        Assert.Equal(0.06, a.TransferableSurplus, 12);

        // An impatient state (delta 0.5) keeps the peace: war 0.8 < peace 1.1.
        var b = PreventiveWar.Assess(0.5, 0.2, 0.1, 0.5);
        Assert.False(b.DecliningStateFights);
        Assert.Equal(0.8, b.WarValue, 12);
        Assert.Equal(1.1, b.BestPeaceValue, 12);
    }

    [Fact]
    public void WithoutAShiftInPower_ThereIsNeverAPreventiveWar()
    {
        foreach (var p in new[] { 0.1, 0.5, 0.9 })
        {
            foreach (var delta in new[] { 0.0, 0.5, 0.99 })
            {
                Assert.False(PreventiveWar.Assess(p, p, 0.05, delta).DecliningStateFights, $"p {p}, delta {delta}");
            }
        }
    }

    [Fact]
    public void OutOfRangeProbabilities_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FearonBargaining.Range(1.2, 0.1, 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PreventiveWar.Assess(0.5, 0.2, 0.1, 1));
    }
}
