using SecurityDilemma.Models.Randomness;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Runs.Families;

/// <summary>
/// Generated worlds for experiments over families of worlds: each replication draws its states' endowments from its own
/// stream (seed path (family seed, replication)), always in the same order (per state: resources, offense, defense, prior
/// trust, then alliance propensity where the world has alliances), so a world is fixed by its family and replication.
/// The claim tests and the robustness table (<see cref="Robustness.ClaimProbes"/>) draw their worlds here.
/// </summary>
public static class WorldFamilies
{
    /// <summary>
    /// Replication <paramref name="replication"/> of <paramref name="family"/> at the given technology: every state borders every
    /// other, motives from <paramref name="motive"/> (security seekers when null), traits shared by all.
    /// </summary>
    public static Scenario Generate(int replication, WorldFamily family, double balance, double distinguishability, Func<int, Motive>? motive = null,
        double worstCase = 0, double routine = 0, bool hierarchy = false, IReadOnlyList<TechnologyChange>? changes = null)
    {
        ArgumentNullException.ThrowIfNull(family);
        var u = Draws(family.Seed, replication);
        var states = new List<StateSpec>(family.States);
        for (var i = 0; i < family.States; i++)
        {
            states.Add(new StateSpec
            {
                Name = $"{family.NamePrefix}{i}",
                Motive = motive?.Invoke(i) ?? Motive.SecuritySeeker,
                Resources = u(family.ResourcesLow, family.ResourcesHigh),
                Offense = u(family.ForcesLow, family.ForcesHigh),
                Defense = u(family.ForcesLow, family.ForcesHigh),
                PriorTrust = u(family.PriorLow, family.PriorHigh),
                WorstCaseBias = worstCase,
                RoutineAttachment = routine,
            });
        }

        return new Scenario
        {
            Name = family.NamePrefix,
            Years = family.Years,
            Dynamics = family.Dynamics,
            Hierarchy = hierarchy,
            ObservationNoise = family.Noise,
            Technology = new Technology { OffenseDefenseBalance = balance, Distinguishability = distinguishability },
            TechnologyChanges = changes ?? [],
            States = states,
        };
    }

    /// <summary>
    /// Two comparable states (resources 80-120, forces 3-10, prior trust 0.3-0.7) of family <paramref name="seed"/>: the first
    /// a security seeker with <paramref name="policy"/>, the second of motive <paramref name="other"/> with
    /// <paramref name="otherPolicy"/>; observation noise 0.15.
    /// </summary>
    public static Scenario Dyad(int replication, ulong seed, double balance, double distinguishability, Policy policy, Motive other,
        Policy otherPolicy = Policy.Utility, string first = "A", string second = "B", int years = 60, Dynamics dynamics = Dynamics.Graded)
    {
        var u = Draws(seed, replication);
        return new Scenario
        {
            Name = "dyad",
            Years = years,
            Dynamics = dynamics,
            ObservationNoise = 0.15,
            Technology = new Technology { OffenseDefenseBalance = balance, Distinguishability = distinguishability },
            States =
            [
                new StateSpec { Name = first, Policy = policy, Resources = u(80, 120), Offense = u(3, 10), Defense = u(3, 10), PriorTrust = u(0.3, 0.7) },
                new StateSpec { Name = second, Motive = other, Policy = otherPolicy, Resources = u(80, 120), Offense = u(3, 10), Defense = u(3, 10), PriorTrust = u(0.3, 0.7) },
            ],
        };
    }

    /// <summary>
    /// A multipolar world of <paramref name="powers"/> comparable great powers (as in <see cref="Dyad"/>, alliance propensity
    /// 0.3-0.7) that all border each other, with no alliances at the start; every leader but the revisionist's (state 0, when
    /// <paramref name="revisionist"/>) perceives the balance <paramref name="perceived"/>; distinguishability 0.3.
    /// </summary>
    public static Scenario Multipolar(int replication, ulong seed, double actual, double perceived, int powers, bool revisionist, string prefix = "P",
        Dynamics dynamics = Dynamics.Graded)
    {
        var u = Draws(seed, replication);
        var states = new List<StateSpec>(powers);
        for (var i = 0; i < powers; i++)
        {
            var greedy = revisionist && i == 0;
            states.Add(new StateSpec
            {
                Name = $"{prefix}{i}",
                Motive = greedy ? Motive.Greedy : Motive.SecuritySeeker,
                Resources = u(80, 120),
                Offense = u(3, 10),
                Defense = u(3, 10),
                PriorTrust = u(0.3, 0.7),
                PerceivedOffenseDefenseBalance = greedy ? null : perceived,
                AlliancePropensity = u(0.3, 0.7),
            });
        }

        return Polar("multipolar-family", actual, dynamics, states);
    }

    /// <summary>
    /// A bipolar world: two superpowers (resources 250-350, forces 10-30), each allied with two small clients (resources
    /// 20-40, forces 1-3; commitments 0.5-0.9); the clients of the two blocs border each other, the superpowers border each
    /// other and their own clients. Perceptions as in <see cref="Multipolar"/> (the revisionist is the first superpower).
    /// </summary>
    public static Scenario Bipolar(int replication, ulong seed, double actual, double perceived, bool revisionist, string prefix = "",
        Dynamics dynamics = Dynamics.Graded)
    {
        var u = Draws(seed, replication);
        string[] names = [$"{prefix}North", $"{prefix}South", $"{prefix}N1", $"{prefix}N2", $"{prefix}S1", $"{prefix}S2"];
        var states = new List<StateSpec>(6);
        for (var i = 0; i < 6; i++)
        {
            var super = i < 2;
            var greedy = revisionist && i == 0;
            states.Add(new StateSpec
            {
                Name = names[i],
                Motive = greedy ? Motive.Greedy : Motive.SecuritySeeker,
                Resources = super ? u(250, 350) : u(20, 40),
                Offense = super ? u(10, 30) : u(1, 3),
                Defense = super ? u(10, 30) : u(1, 3),
                PriorTrust = u(0.3, 0.7),
                PerceivedOffenseDefenseBalance = greedy ? null : perceived,
                AlliancePropensity = u(0.3, 0.7),
            });
        }

        BorderSpec B(int a, int b) => new() { A = names[a], B = names[b] };
        return Polar("bipolar-family", actual, dynamics, states) with
        {
            Borders = [B(0, 1), B(0, 2), B(0, 3), B(1, 4), B(1, 5), B(2, 4), B(3, 5)],
            Alliances =
            [
                new AllianceSpec { Members = [names[0], names[2], names[3]], Commitment = u(0.5, 0.9) },
                new AllianceSpec { Members = [names[1], names[4], names[5]], Commitment = u(0.5, 0.9) },
            ],
        };
    }

    /// <summary>The setting the polarity worlds share: 60 years, observation noise 0.15, distinguishability 0.3.</summary>
    private static Scenario Polar(string name, double actual, Dynamics dynamics, List<StateSpec> states) => new()
    {
        Name = name,
        Years = 60,
        Dynamics = dynamics,
        ObservationNoise = 0.15,
        Technology = new Technology { OffenseDefenseBalance = actual, Distinguishability = 0.3 },
        States = states,
    };

    /// <summary>Uniform draws in [lo, hi) from replication <paramref name="replication"/>'s stream of family <paramref name="seed"/>.</summary>
    private static Func<double, double, double> Draws(ulong seed, int replication)
    {
        var rng = new Xoshiro256(SeedTree.Derive(seed, (ulong)replication));
        return (lo, hi) => lo + ((hi - lo) * rng.NextDouble());
    }
}
