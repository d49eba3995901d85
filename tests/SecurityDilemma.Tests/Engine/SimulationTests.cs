using SecurityDilemma.Engine;
using SecurityDilemma.Runs.Families;
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
        var scenario = WorldFamilies.Generate(0, new WorldFamily { States = 4, Years = 2, Dynamics = Dynamics.Classic }, 1, 0.5);
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
        Dynamics = Dynamics.Classic, // known war costs and an enforcer that always acts
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
    public void Herz1950_UnderHierarchyConquestDoesNotPaySoTheGreedyStateKeepsPeace()
    {
        // Herz (1950): the dilemma and the wars come from anarchy. With an enforcer that takes an aggressor's gains,
        // the same greedy state facing the same defenceless neighbour never finds war worth it.
        var result = Simulation.Run(Conquest(true), 1);
        Assert.Empty(result.Wars);
    }

    [Fact]
    public void Butterfield1951_UnderHierarchyFearCanStillStrikeAndTheEnforcerPunishesIt()
    {
        // Butterfield (1951): fear is psychological. A leader with full worst-case bias discounts the enforcer; facing an
        // overwhelming apparent threat under strong offense dominance it strikes first anyway, and the enforcer ends
        // the war in its first year, makes the aggressor pay and declares its victim the winner.
        var scenario = new Scenario
        {
            Name = "fear",
            Years = 4,
            Hierarchy = true,
            ObservationNoise = 0,
            Technology = new Technology { OffenseDefenseBalance = 0.1, Distinguishability = 0 },
            States =
            [
                new StateSpec { Name = "Fearful", Resources = 100, Offense = 200, Defense = 0, PriorTrust = 0.01, WorstCaseBias = 1 },
                new StateSpec { Name = "Giant", Resources = 100, Offense = 1000, Defense = 0, PriorTrust = 0.99 },
            ],
        };
        var series = new SeriesRecorder();
        var result = Simulation.Run(scenario, 1, series);
        var war = Assert.Single(result.Wars);
        Assert.Equal("Fearful", war.Initiator);
        Assert.True(war.Preemptive);
        Assert.True(result.Metrics.TragicWar);
        Assert.Equal(war.Start, war.End);
        Assert.Equal("Giant", war.Winner);
        Assert.Contains(series.Events, e => e.Kind == EventKind.Enforcement);
        Assert.True(series.StateAt(war.Start, 0).Resources < series.StateAt(war.Start, 1).Resources * 0.5);
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
        var scenario = WorldFamilies.Generate(3, new WorldFamily { States = 4, Dynamics = Dynamics.Classic }, 0.5, 0.2);
        var plain = Simulation.Run(scenario, 5);
        var recorded = Simulation.Run(scenario, 5, new SeriesRecorder());
        Assert.Equal(SeriesRecorder.Serialize(plain, null), SeriesRecorder.Serialize(recorded, null));
    }
}
