using SecurityDilemma.Models.Combat;

namespace SecurityDilemma.Models.Tests.Combat;

public class CombatTests
{
    [Fact]
    public void ThreeToOneRule_FromTheContestSuccessFunction()
    {
        // The military "3:1 rule" (Mearsheimer 1989) as the CSF with theta = 3 (Glaser & Kaufmann 1998):
        // the attacker needs three units per defender for even odds.
        Assert.Equal(3, ContestSuccess.RequiredForceRatio(0.5, 3), 12);
        Assert.Equal(0.5, ContestSuccess.WinProbability(3, 1, 3), 12);

        // Inverse check at another target and decisiveness: ratio = theta (p / (1 - p))^(1/g).
        var ratio = ContestSuccess.RequiredForceRatio(0.8, 3, 2);
        Assert.Equal(0.8, ContestSuccess.WinProbability(ratio, 1, 3, 2), 12);
    }

    [Fact]
    public void Lanchester1916_SquareLaw_ConservesAimedFireInvariant()
    {
        // Lanchester (1916): dA/dt = -b B, dB/dt = -a A conserves a A^2 - b B^2. A = 100, B = 80, a = b = 1:
        // A keeps sqrt(100^2 - 80^2) = 60 after artanh(0.8) = 1.0986 time units.
        var battle = Lanchester.Fight(100, 80, 1, 1, LanchesterLaw.Square);
        Assert.Equal("A", battle.Winner);
        Assert.Equal(60, battle.SurvivorsA, 6);
        Assert.Equal(0, battle.SurvivorsB);
        Assert.Equal(Math.Atanh(0.8), battle.Duration, 6);
        Assert.Equal(3600, battle.InvariantStart, 9);
        Assert.True(battle.InvariantDrift < 1e-9, $"drift {battle.InvariantDrift}");

        // Numbers beat quality quadratically: twice as effective B (b = 2) with 60 units still loses to 100.
        var quality = Lanchester.Fight(100, 60, 1, 2, LanchesterLaw.Square);
        Assert.Equal("A", quality.Winner);
        Assert.Equal(Math.Sqrt(10000 - 7200), quality.SurvivorsA, 6);
        Assert.True(quality.InvariantDrift < 1e-9);
    }

    [Fact]
    public void Lanchester1916_LinearLaw_ConservesOneOnOneInvariant()
    {
        // Linear law: a A - b B is conserved. a = 1, b = 2, A = 100, B = 60: b B = 120 > a A = 100, so B wins with
        // (120 - 100)/2 = 10 survivors when A is gone after A/b = 50 time units.
        var battle = Lanchester.Fight(100, 60, 1, 2, LanchesterLaw.Linear);
        Assert.Equal("B", battle.Winner);
        Assert.Equal(10, battle.SurvivorsB, 6);
        Assert.Equal(50, battle.Duration, 6);
        Assert.Equal(-20, battle.InvariantStart, 12);
        Assert.True(battle.InvariantDrift < 1e-9, $"drift {battle.InvariantDrift}");

        // The same forces under the square law: a A^2 = 10000 > b B^2 = 7200, A wins instead.
        Assert.Equal("A", Lanchester.Fight(100, 60, 1, 2, LanchesterLaw.Square).Winner);
    }

    [Fact]
    public void ExactBalance_IsADraw()
    {
        Assert.Equal("draw", Lanchester.Fight(50, 50, 1, 1, LanchesterLaw.Linear).Winner);
        Assert.Equal("draw", Lanchester.Fight(50, 50, 1, 1, LanchesterLaw.Square).Winner);
    }
}
