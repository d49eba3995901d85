using SecurityDilemma.Engine;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Alliances;

/// <summary>The guarantee, joining, formation, leaving, policy and backfire rules as they act in small worlds.</summary>
public class AllianceMechanismTests
{
    // A greedy raider with overwhelming offense next to a rich, defenceless granary (presses demands in year 1 and attacks in year 2 when
    // nobody stands behind the granary), and a guardian that borders only the granary.
    private static Scenario Raid(GuaranteeSpec? guarantee, double guardianDefense, double? guardianPerceived = null) => new()
    {
        Name = "raid",
        Dynamics = Dynamics.Classic, // the classic rules: commitments tightened by 1 / perceived balance
        Years = 2,
        ObservationNoise = 0,
        Technology = new Technology { OffenseDefenseBalance = 1, Distinguishability = 1 },
        States =
        [
            new StateSpec { Name = "Raider", Motive = Motive.Greedy, Resources = 100, Offense = 200, Defense = 0 },
            new StateSpec { Name = "Granary", Resources = 500, Offense = 0, Defense = 1 },
            new StateSpec { Name = "Guardian", Resources = 500, Offense = 0, Defense = guardianDefense, AlliancePropensity = 1, PerceivedOffenseDefenseBalance = guardianPerceived },
        ],
        Borders = [new BorderSpec { A = "Raider", B = "Granary" }, new BorderSpec { A = "Granary", B = "Guardian" }],
        Guarantees = guarantee is null ? [] : [guarantee],
    };

    [Fact]
    public void Huth1988_AFirmGuaranteeByAStrongGuarantorDetersTheAttack()
    {
        // Extended deterrence: the raider's calculation counts the guarantor's expected help (commitment times its defence).
        var alone = Simulation.Run(Raid(null, 20000), 1);
        var guarded = Simulation.Run(Raid(new GuaranteeSpec { Guarantor = "Guardian", Protege = "Granary", Commitment = 1 }, 20000), 1);
        Assert.NotEmpty(alone.Wars);
        Assert.Empty(guarded.Wars);
    }

    [Fact]
    public void AWeakGuaranteeFailsToDeterButIsHonouredUnderPerceivedOffenseDominance()
    {
        // Commitment 0.3: the raider expects little help and attacks; the guardian's leader believes the offense dominates
        // (theta 0.5), so the commitment tightens (kappa 0.6) and its own calculation says join.
        var log = new EventLog();
        var run = Simulation.Run(Raid(new GuaranteeSpec { Guarantor = "Guardian", Protege = "Granary", Commitment = 0.3 }, 400, 0.5), 1, log);
        var war = Assert.Single(run.Wars);
        Assert.Equal(["Raider"], war.Sides[0]);
        Assert.Equal(["Granary", "Guardian"], war.Sides[1]);
        var invoked = Assert.Single(log.Events, e => e.Kind == EventKind.GuaranteeInvoked);
        Assert.Equal([2, 1, 0], invoked.States);
        Assert.Equal(0, run.Metrics.ChainGangEvents); // a guarantee is not an alliance
        var crisis = Assert.Single(run.Crises, c => c.Outcome == "war");
        Assert.Contains(crisis.Moves, m => m.Move == "guarantee_invoked" && m.State == "Guardian");
        Assert.Contains(crisis.Moves, m => m.Move == "attack" && m.State == "Raider");
    }

    [Fact]
    public void ChristensenSnyder1990_TheSameGuaranteeIsAbandonedUnderPerceivedDefenseDominance()
    {
        // The guardian's leader believes the defense dominates (theta 3): the granary looks able to hold out, the
        // commitment loosens to kappa 0.1, and the guardian waits.
        var run = Simulation.Run(Raid(new GuaranteeSpec { Guarantor = "Guardian", Protege = "Granary", Commitment = 0.3 }, 400, 3), 1);
        var war = Assert.Single(run.Wars);
        Assert.Equal(["Granary"], war.Sides[1]);
    }

    // Two allied powers and a small ally of the defender, all perceiving offense dominance; the attacker is greedy.
    private static Scenario Bloc(double minorResources) => new()
    {
        Name = "bloc",
        Dynamics = Dynamics.Classic, // the classic rules: only able allies count as chain ganging
        Years = 2,
        ObservationNoise = 0,
        Technology = new Technology { OffenseDefenseBalance = 1, Distinguishability = 1 },
        States =
        [
            new StateSpec { Name = "Raider", Motive = Motive.Greedy, Resources = 100, Offense = 200, Defense = 0 },
            new StateSpec { Name = "Granary", Resources = 500, Offense = 0, Defense = 1, PerceivedOffenseDefenseBalance = 0.5 },
            new StateSpec { Name = "Ally", Resources = minorResources, Offense = 0, Defense = 30, AlliancePropensity = 1, PerceivedOffenseDefenseBalance = 0.5 },
        ],
        Borders = [new BorderSpec { A = "Raider", B = "Granary" }, new BorderSpec { A = "Granary", B = "Ally" }],
        Alliances = [new AllianceSpec { Members = ["Granary", "Ally"], Commitment = 0.9 }],
    };

    [Fact]
    public void Snyder1984_AnAbleAllyPulledIntoTheWarIsChainGanging()
    {
        var log = new EventLog();
        var run = Simulation.Run(Bloc(300), 1, log);
        var war = Assert.Single(run.Wars);
        Assert.Equal(["Granary", "Ally"], war.Sides[1]);
        Assert.Equal(1, run.Metrics.ChainGangEvents);
        var e = Assert.Single(log.Events, x => x.Kind == EventKind.ChainGang);
        Assert.Equal([2, 1, 0], e.States);
    }

    [Fact]
    public void AMinorAllyFightsButIsNotCountedAsChainGanging()
    {
        // Resources 20 < AbleShare 0.25 * the raider's 100: its entry is on the war's sides, not a great-power entanglement.
        var run = Simulation.Run(Bloc(20), 1);
        var war = Assert.Single(run.Wars);
        Assert.Equal(["Granary", "Ally"], war.Sides[1]);
        Assert.Equal(0, run.Metrics.ChainGangEvents);
    }

    [Fact]
    public void AlliesThatFeelSafeLeaveAfterTheirPropensitysSafeYears()
    {
        // Trusting neighbours under defense dominance and readable forces: nobody is threatened, so the alliance lapses
        // after SafeYearsToLeave * (1 + 2 p) safe years (p = 0.5: 10 years).
        var scenario = new Scenario
        {
            Name = "calm",
            Years = 30,
            ObservationNoise = 0.05,
            Technology = new Technology { OffenseDefenseBalance = 3, Distinguishability = 1 },
            States = [.. new[] { "Oslo", "Bergen", "Tromso" }.Select(n => new StateSpec { Name = n, PriorTrust = 0.95 })],
            Alliances = [new AllianceSpec { Members = ["Oslo", "Bergen"], Commitment = 0.6 }],
        };
        var log = new EventLog();
        var run = Simulation.Run(scenario, 3, log);
        var alliance = Assert.Single(run.Alliances);
        Assert.Equal("scenario", alliance.Origin);
        Assert.NotNull(alliance.Dissolved);
        Assert.True(alliance.Dissolved >= 10, $"dissolved in year {alliance.Dissolved}");
        Assert.Contains(log.Events, e => e.Kind == EventKind.AllianceLeft);
    }

    [Fact]
    public void Waltz1979_ThreatenedStatesBalanceByFormingAlliancesOfTheirOwn()
    {
        // Under perceived offense dominance nobody can wait: threatened states seek partners, and most worlds of the
        // family see alliances formed by decision during the run.
        var withAlliances = 0;
        for (var r = 0; r < 50; r++)
        {
            var run = Simulation.Run(WorldFamilies.Multipolar(r, 5, 1, 0.5, 5, true, "Kingdom", Dynamics.Classic), (ulong)r + 1);
            withAlliances += run.Alliances.Any(a => a.Origin == "decision" && a.Formed > 0) ? 1 : 0;
        }

        Assert.True(withAlliances > 25, $"{withAlliances} of 50 worlds formed an alliance");
    }

    [Fact]
    public void Jervis1976_PoliciesMakeTheirPrescribedMoves()
    {
        // Conciliation never mobilizes and backs down; firmness never backs down and mobilizes, in the same dangerous worlds.
        var conciliatorMoves = new List<string>();
        var firmMoves = new List<string>();
        for (var r = 0; r < 40; r++)
        {
            var conc = Simulation.Run(WorldFamilies.Dyad(r, 9, 0.5, 0.3, Policy.Conciliation, Motive.Greedy, first: "Athens", dynamics: Dynamics.Classic), (ulong)r + 1);
            var firm = Simulation.Run(WorldFamilies.Dyad(r, 9, 0.5, 0.3, Policy.Firmness, Motive.Greedy, first: "Athens", dynamics: Dynamics.Classic), (ulong)r + 1);
            conciliatorMoves.AddRange(conc.Crises.SelectMany(c => c.Moves).Where(m => m.State == "Athens").Select(m => m.Move));
            firmMoves.AddRange(firm.Crises.SelectMany(c => c.Moves).Where(m => m.State == "Athens").Select(m => m.Move));
        }

        Assert.Contains("back_down", conciliatorMoves);
        Assert.DoesNotContain("mobilize", conciliatorMoves);
        Assert.Contains("mobilize", firmMoves);
        Assert.DoesNotContain("back_down", firmMoves);
    }

    [Fact]
    public void EveryBackfireFollowsTheMobilizationItReadsByOneYear()
    {
        for (var r = 0; r < 20; r++)
        {
            var log = new EventLog();
            Simulation.Run(WorldFamilies.Dyad(r, 13, 0.5, 0.1, Policy.Firmness, Motive.SecuritySeeker, Policy.Firmness, dynamics: Dynamics.Classic), (ulong)r + 1, log);
            foreach (var b in log.Events.Where(e => e.Kind == EventKind.DeterrenceBackfire))
            {
                Assert.Contains(log.Events, m => m.Kind == EventKind.Mobilization && m.Year == b.Year - 1 && m.States[0] == b.States[0] && m.States[1] == b.States[1]);
            }
        }
    }

    [Fact]
    public void CrisisLogAndAlliancesAreDeterministic()
    {
        var scenario = WorldFamilies.Multipolar(3, 5, 1, 0.5, 5, true, "Duchy", Dynamics.Classic);
        var a = Simulation.Run(scenario, 77);
        var b = Simulation.Run(scenario, 77);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(a.Crises), System.Text.Json.JsonSerializer.Serialize(b.Crises));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(a.Alliances), System.Text.Json.JsonSerializer.Serialize(b.Alliances));
        Assert.Equal(a.Metrics, b.Metrics);
    }

    [Fact]
    public void EveryCrisisHasItsTriggerThreatsAndAnEnd()
    {
        // Ten seeded runs of the same family: every crisis is well formed, and some of them end in war.
        var outcomes = new List<string>();
        for (var seed = 1UL; seed <= 10; seed++)
        {
            var run = Simulation.Run(WorldFamilies.Multipolar(1, 5, 1, 0.5, 5, true, "County", Dynamics.Classic), seed);
            Assert.NotEmpty(run.Crises);
            foreach (var c in run.Crises)
            {
                Assert.Contains(c.Trigger, new[] { "threat", "demand" });
                Assert.Equal(2, c.Threats.Count);
                Assert.All(c.Threats.Values, t => Assert.InRange(t, 0, 1));
                Assert.Equal(c.Outcome == "open", c.End is null);
                Assert.All(c.Moves, m => Assert.InRange(m.Year, c.Start, c.End ?? run.Years));
                outcomes.Add(c.Outcome);
            }
        }

        Assert.Contains("war", outcomes);
    }
}
