using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Engine;

/// <summary>A run stepped year by year, with states led from outside (the classroom's players).</summary>
public sealed class SteppedSimulationTests
{
    private static Scenario Three(int years = 30) => new()
    {
        Name = "three",
        Years = years,
        Technology = new Technology { OffenseDefenseBalance = 0.8, Distinguishability = 0.5 },
        States = [new StateSpec { Name = "A" }, new StateSpec { Name = "B" }, new StateSpec { Name = "C", Motive = Motive.Greedy }],
    };

    private static (RunResult Result, SeriesRecorder Series) Play(Scenario scenario, Func<int, ExternalDecision?> decide)
    {
        var sim = new SteppedSimulation(scenario, 7);
        var series = new SeriesRecorder();
        while (!sim.Finished)
        {
            var d = decide(sim.Year + 1);
            sim.Step(d is null ? null : new Dictionary<int, ExternalDecision> { [0] = d }, series);
        }

        return (sim.Result(), series);
    }

    [Fact]
    public void WithoutDecisions_IsBitIdenticalToSimulationRun()
    {
        var scenario = Three();
        var reference = new SeriesRecorder();
        var expected = Simulation.Run(scenario, 7, reference);
        var (result, series) = Play(scenario, _ => null);
        Assert.Equal(SeriesRecorder.Serialize(expected, reference), SeriesRecorder.Serialize(result, series));
    }

    [Fact]
    public void PlayerSpending_SetsItsBurdenAndMix()
    {
        var (_, series) = Play(Three(5), _ => new ExternalDecision { Burden = 0.12, OffenseShare = 0.25 });
        for (var year = 1; year <= 5; year++)
        {
            var row = series.StateAt(year, 0);
            Assert.Equal(0.12, row.MilitaryBurden, 12);
            Assert.Equal(0.25, row.BudgetShare, 12);
        }
    }

    [Fact]
    public void BurdenAboveTheEngineMaximum_IsCapped()
    {
        var (_, series) = Play(Three(3), _ => new ExternalDecision { Burden = 5, OffenseShare = 2 });
        Assert.Equal(EngineConstants.Default.MaxBurden, series.StateAt(1, 0).MilitaryBurden, 12);
        Assert.Equal(1.0, series.StateAt(1, 0).BudgetShare, 12);
    }

    [Fact]
    public void SignallingRestraint_EarnsMoreTrustThanOffensiveArming()
    {
        // Kydd's costly signal: the others' belief that the player is a security seeker rises when it visibly spends little.
        var scenario = Three(10);
        var (_, restrained) = Play(scenario, _ => new ExternalDecision { Burden = 0.2, OffenseShare = 0.5, SignalRestraint = true });
        var (_, arming) = Play(scenario, _ => new ExternalDecision { Burden = 0.2, OffenseShare = 1.0 });
        Assert.True(restrained.TrustAt(10, 1, 0) > arming.TrustAt(10, 1, 0) + 0.1,
            $"B's trust in the player: restrained {restrained.TrustAt(10, 1, 0):F3}, arming {arming.TrustAt(10, 1, 0):F3}");
        Assert.True(restrained.StateAt(1, 0).MilitaryBurden < 0.2);
    }

    [Fact]
    public void PlayerAttack_StartsAWarInThatYear()
    {
        var (result, _) = Play(Three(3), year => new ExternalDecision { Burden = 0.1, Attack = year == 2 ? 1 : null });
        var war = Assert.Single(result.Wars, w => w.Initiator == "A");
        Assert.Equal(2, war.Start);
        Assert.Contains("B", war.Sides[1]);
    }

    [Fact]
    public void View_ShowsNeighboursTrustButNotMotives()
    {
        var sim = new SteppedSimulation(Three(3), 7);
        sim.Step(null, null);
        var view = sim.View(0);
        Assert.Equal(1, view.Year);
        Assert.Equal(["B", "C"], view.Neighbours.Select(n => n.Name));
        Assert.All(view.Neighbours, n => Assert.InRange(n.Trust, 0.0, 1.0));
        Assert.DoesNotContain(typeof(ObservedState).GetProperties(), p => p.PropertyType == typeof(Motive));
    }

    [Fact]
    public void SteppingPastTheLastYear_Throws()
    {
        var sim = new SteppedSimulation(Three(1), 7);
        sim.Step(null, null);
        Assert.True(sim.Finished);
        Assert.Throws<InvalidOperationException>(() => sim.Step(null, null));
    }
}
