using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Engine;

/// <summary>Engine behaviour that follows from single rules: geography, scheduled technology, the enforcer, recording.</summary>
public class SimulationTests
{
    [Fact]
    public void WithBordersStatesObserveOnlyTheirNeighbours()
    {
        var scenario = new Scenario
        {
            Name = "line",
            Years = 3,
            States = [new StateSpec { Name = "West" }, new StateSpec { Name = "Middle" }, new StateSpec { Name = "East" }],
            Borders = [new BorderSpec { A = "West", B = "Middle" }, new BorderSpec { A = "Middle", B = "East", Defensibility = 2 }],
        };
        var series = new SeriesRecorder();
        Simulation.Run(scenario, 1, series);
        var pairs = series.Trusts.Where(t => t.Year == 1).Select(t => (t.Observer, t.Target)).ToHashSet();
        Assert.Equal(new HashSet<(int, int)> { (0, 1), (1, 0), (1, 2), (2, 1) }, pairs);
    }

    [Fact]
    public void WithoutBordersEveryPairObservesEachOther()
    {
        var scenario = TestWorlds.Family(0, new WorldFamily { States = 4, Years = 2 }, 1, 0.5);
        var series = new SeriesRecorder();
        Simulation.Run(scenario, 1, series);
        Assert.Equal(12, series.Trusts.Count(t => t.Year == 2));
        Assert.Equal(8, series.States.Count);
    }

    [Fact]
    public void TechnologyChangeTakesEffectInItsYear()
    {
        var scenario = TestWorlds.Pair(0.5, 0.1, years: 10) with
        {
            TechnologyChanges = [new TechnologyChange { Year = 6, OffenseDefenseBalance = 2.0 }],
        };
        var series = new SeriesRecorder();
        Simulation.Run(scenario, 1, series);
        var change = Assert.Single(series.Events, e => e.Kind == EventKind.TechnologyChange);
        Assert.Equal(6, change.Year);
        Assert.Contains("offense_defense_balance=2", change.Detail, StringComparison.Ordinal);
        Assert.Contains("distinguishability=0.1", change.Detail, StringComparison.Ordinal);
    }

    private static Scenario Conquest(bool hierarchy) => new()
    {
        Name = "conquest",
        Years = 6,
        Hierarchy = hierarchy,
        ObservationNoise = 0,
        Technology = new Technology { OffenseDefenseBalance = 1, Distinguishability = 1 },
        States =
        [
            new StateSpec { Name = "Raider", Motive = Motive.Greedy, Resources = 100, Offense = 200, Defense = 0 },
            new StateSpec { Name = "Granary", Motive = Motive.SecuritySeeker, Resources = 500, Offense = 0, Defense = 1 },
        ],
    };

    [Fact]
    public void GreedyStateAttacksARichDefencelessNeighbourAfterACrisis()
    {
        // Conquest pays (p ~ 1, the target five times richer), so the greedy state presses demands (crisis) and then attacks.
        var series = new SeriesRecorder();
        var result = Simulation.Run(Conquest(false), 1, series);
        var war = result.Wars[0];
        Assert.Equal("Raider", war.Initiator);
        Assert.False(war.Preemptive);
        Assert.Equal(Motive.Greedy, war.Motives["Raider"]);
        Assert.True(series.Events.First(e => e.Kind == EventKind.CrisisStart).Year < war.Start);
        Assert.False(result.Metrics.TragicWar);
    }

    [Fact]
    public void Herz1950_UnderHierarchyTheEnforcerTakesTheAggressorsGains()
    {
        // With an enforcer the same aggression is punished: the war ends in its first year, the victim wins and is paid.
        var series = new SeriesRecorder();
        var result = Simulation.Run(Conquest(true), 1, series);
        Assert.NotEmpty(result.Wars);
        foreach (var war in result.Wars)
        {
            Assert.Equal(war.Start, war.End);
            Assert.Equal("Granary", war.Winner);
        }

        Assert.Contains(series.Events, e => e.Kind == EventKind.Enforcement);
        var first = result.Wars[0].Start;
        Assert.True(series.StateAt(first, 0).Resources < series.StateAt(first - 1, 0).Resources * 0.6);
    }

    [Fact]
    public void RecorderGetsOneStateRowPerStatePerYearAndMetricsMatchTheSeries()
    {
        var scenario = TestWorlds.Pair(0.5, 0.1, years: 30);
        var series = new SeriesRecorder();
        var result = Simulation.Run(scenario, 11, series);
        Assert.Equal(60, series.States.Count);
        Assert.Equal(series.States.Average(s => s.MilitaryBurden), result.Metrics.MeanMilitaryBurden, 12);
        Assert.Equal(series.Trusts.Where(t => t.Year == 30).Average(t => t.Trust), result.Metrics.FinalMeanTrust, 12);
        Assert.Equal(series.Events.Count(e => e.Kind == EventKind.CrisisStart), result.Metrics.CrisisCount);
        Assert.Equal(series.Events.Count(e => e.Kind == EventKind.WarStart), result.Metrics.WarCount);
    }

    [Fact]
    public void RecordingDoesNotChangeTheRun()
    {
        var scenario = TestWorlds.Family(3, new WorldFamily { States = 4 }, 0.5, 0.2);
        var plain = Simulation.Run(scenario, 5);
        var recorded = Simulation.Run(scenario, 5, new SeriesRecorder());
        Assert.Equal(SeriesRecorder.Serialize(plain, null), SeriesRecorder.Serialize(recorded, null));
    }
}
