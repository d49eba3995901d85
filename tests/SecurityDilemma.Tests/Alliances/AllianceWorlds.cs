using SecurityDilemma.Models.Randomness;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Alliances;

/// <summary>
/// Families of worlds for the alliance, deterrence and crisis tests, built in code with their own names. Each replication
/// draws its endowments from its own seed, so a claim is tested over a family of worlds, not one tuned instance.
/// </summary>
public static class AllianceWorlds
{
    /// <summary>Two states: the first follows <paramref name="policy"/>, the second has <paramref name="other"/>'s motive and <paramref name="otherPolicy"/>.</summary>
    public static Scenario Dyad(int replication, ulong family, double balance, double distinguishability, Policy policy, Motive other,
        Policy otherPolicy = Policy.Utility, string first = "Athens", string second = "Melos", int years = 60, Dynamics dynamics = Dynamics.Classic)
    {
        var rng = new Xoshiro256(SeedTree.Derive(family, (ulong)replication));
        double U(double lo, double hi) => lo + ((hi - lo) * rng.NextDouble());
        return new Scenario
        {
            Name = "dyad",
            Years = years,
            Dynamics = dynamics,
            ObservationNoise = 0.15,
            Technology = new Technology { OffenseDefenseBalance = balance, Distinguishability = distinguishability },
            States =
            [
                new StateSpec { Name = first, Policy = policy, Resources = U(80, 120), Offense = U(3, 10), Defense = U(3, 10), PriorTrust = U(0.3, 0.7) },
                new StateSpec { Name = second, Motive = other, Policy = otherPolicy, Resources = U(80, 120), Offense = U(3, 10), Defense = U(3, 10), PriorTrust = U(0.3, 0.7) },
            ],
        };
    }

    /// <summary>
    /// A multipolar world of <paramref name="powers"/> comparable great powers that all border each other; every leader but
    /// the revisionist's (when there is one) perceives the balance <paramref name="perceived"/>. No alliances at the start.
    /// </summary>
    public static Scenario Multipolar(int replication, ulong family, double actual, double perceived, int powers, bool revisionist, string prefix, Dynamics dynamics = Dynamics.Classic)
    {
        var rng = new Xoshiro256(SeedTree.Derive(family, (ulong)replication));
        double U(double lo, double hi) => lo + ((hi - lo) * rng.NextDouble());
        var states = new List<StateSpec>(powers);
        for (var i = 0; i < powers; i++)
        {
            var greedy = revisionist && i == 0;
            states.Add(new StateSpec
            {
                Name = $"{prefix}{i}",
                Motive = greedy ? Motive.Greedy : Motive.SecuritySeeker,
                Resources = U(80, 120),
                Offense = U(3, 10),
                Defense = U(3, 10),
                PriorTrust = U(0.3, 0.7),
                PerceivedOffenseDefenseBalance = greedy ? null : perceived,
                AlliancePropensity = U(0.3, 0.7),
            });
        }

        return new Scenario
        {
            Name = "multipolar-family",
            Years = 60,
            Dynamics = dynamics,
            ObservationNoise = 0.15,
            Technology = new Technology { OffenseDefenseBalance = actual, Distinguishability = 0.3 },
            States = states,
        };
    }

    /// <summary>
    /// A bipolar world: two superpowers, each allied with two small clients; the clients of the two blocs border each
    /// other, the superpowers border each other and their own clients. Perceptions as in <see cref="Multipolar"/>.
    /// </summary>
    public static Scenario Bipolar(int replication, ulong family, double actual, double perceived, bool revisionist, string prefix, Dynamics dynamics = Dynamics.Classic)
    {
        var rng = new Xoshiro256(SeedTree.Derive(family, (ulong)replication));
        double U(double lo, double hi) => lo + ((hi - lo) * rng.NextDouble());
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
                Resources = super ? U(250, 350) : U(20, 40),
                Offense = super ? U(10, 30) : U(1, 3),
                Defense = super ? U(10, 30) : U(1, 3),
                PriorTrust = U(0.3, 0.7),
                PerceivedOffenseDefenseBalance = greedy ? null : perceived,
                AlliancePropensity = U(0.3, 0.7),
            });
        }

        BorderSpec B(int a, int b) => new() { A = names[a], B = names[b] };
        return new Scenario
        {
            Name = "bipolar-family",
            Years = 60,
            Dynamics = dynamics,
            ObservationNoise = 0.15,
            Technology = new Technology { OffenseDefenseBalance = actual, Distinguishability = 0.3 },
            States = states,
            Borders = [B(0, 1), B(0, 2), B(0, 3), B(1, 4), B(1, 5), B(2, 4), B(3, 5)],
            Alliances =
            [
                new AllianceSpec { Members = [names[0], names[2], names[3]], Commitment = U(0.5, 0.9) },
                new AllianceSpec { Members = [names[1], names[4], names[5]], Commitment = U(0.5, 0.9) },
            ],
        };
    }
}
