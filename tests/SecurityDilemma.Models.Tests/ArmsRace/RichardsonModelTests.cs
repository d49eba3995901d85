using SecurityDilemma.Models.ArmsRace;

namespace SecurityDilemma.Models.Tests.ArmsRace;

public class RichardsonModelTests
{
    [Fact]
    public void Richardson1960_EquilibriumFormula_IsARestPoint()
    {
        // Richardson (1960): x* = (b g + k h)/(a b - k l), y* = (a h + l g)/(a b - k l).
        var m = new RichardsonModel(K: 0.9, A: 2, G: 1, L: 0.8, B: 1.5, H: 2);
        var e = m.Equilibrium()!.Value;
        Assert.Equal((1.5 + 1.8) / 2.28, e.X, 12);
        Assert.Equal((4 + 0.8) / 2.28, e.Y, 12);
        var d = m.Derivative(e.X, e.Y);
        Assert.Equal(0, d.X, 12);
        Assert.Equal(0, d.Y, 12);
    }

    [Fact]
    public void Richardson1960_StableIffFatigueOutweighsReaction_SimulationAgrees()
    {
        // Stable iff a b > k l (Richardson 1960): the stable system converges to (x*, y*) from far away.
        var stable = new RichardsonModel(K: 0.9, A: 2, G: 1, L: 0.8, B: 1.5, H: 2);
        Assert.True(stable.IsStable);
        var e = stable.Equilibrium()!.Value;
        var path = stable.Simulate(10, 0, 30, 3001);
        Assert.Equal(e.X, path.X[^1], 6);
        Assert.Equal(e.Y, path.Y[^1], 6);

        // a b = 0.02 < k l = 0.06: a runaway race; arms grow without bound from above the equilibrium.
        var unstable = new RichardsonModel(K: 0.3, A: 0.1, G: 1, L: 0.2, B: 0.2, H: 1);
        Assert.False(unstable.IsStable);
        var run = unstable.Simulate(10, 10, 50, 501);
        Assert.True(run.X[^1] > 100 * run.X[0] && run.Y[^1] > 100 * run.Y[0]);
    }

    [Fact]
    public void Simulation_MatchesTheClosedFormForOneDecayingVariable()
    {
        // With k = l = 0 each arms level decays to g/a: x(t) = g/a + (x0 - g/a) e^{-a t}.
        var m = new RichardsonModel(K: 0, A: 0.5, G: 1, L: 0, B: 1, H: 0);
        var path = m.Simulate(10, 0, 4, 401);
        Assert.Equal(401, path.Times.Count);
        Assert.Equal(4, path.Times[^1]);
        Assert.Equal(2 + (8 * Math.Exp(-2)), path.X[^1], 8);
    }
}
