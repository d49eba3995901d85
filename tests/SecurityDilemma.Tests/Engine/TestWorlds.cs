using SecurityDilemma.Models.Randomness;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Tests.Engine;

/// <summary>Scenario factories for engine tests, built in code (no YAML).</summary>
public static class TestWorlds
{
    /// <summary>Two identical states with the given technology and psychology.</summary>
    public static Scenario Pair(double balance, double distinguishability, Motive a = Motive.SecuritySeeker, Motive b = Motive.SecuritySeeker,
        double priorTrust = 0.5, double worstCase = 0, double routine = 0, bool hierarchy = false, int years = 50, double noise = 0.1,
        string nameA = "Athens", string nameB = "Sparta") => new()
        {
            Name = "pair",
            Years = years,
            Hierarchy = hierarchy,
            ObservationNoise = noise,
            Technology = new Technology { OffenseDefenseBalance = balance, Distinguishability = distinguishability },
            States =
            [
                new StateSpec { Name = nameA, Motive = a, PriorTrust = priorTrust, WorstCaseBias = worstCase, RoutineAttachment = routine },
                new StateSpec { Name = nameB, Motive = b, PriorTrust = priorTrust, WorstCaseBias = worstCase, RoutineAttachment = routine },
            ],
        };

    /// <summary>
    /// A world of <c>family.States</c> states whose endowments (resources, forces, prior trust) are drawn from
    /// replication <paramref name="replication"/>'s own seed, so each replication is a different world of the
    /// same family and the family's claims are tested, not one tuned instance.
    /// </summary>
    public static Scenario Family(int replication, WorldFamily family, double balance, double distinguishability, Func<int, Motive>? motive = null,
        double worstCase = 0, double routine = 0, bool hierarchy = false, IReadOnlyList<TechnologyChange>? changes = null)
    {
        var rng = new Xoshiro256(SeedTree.Derive(family.Seed, (ulong)replication));
        double U(double lo, double hi) => lo + ((hi - lo) * rng.NextDouble());
        var states = new List<StateSpec>(family.States);
        for (var i = 0; i < family.States; i++)
        {
            states.Add(new StateSpec
            {
                Name = $"{family.NamePrefix}{i}",
                Motive = motive?.Invoke(i) ?? Motive.SecuritySeeker,
                Resources = U(family.ResourcesLow, family.ResourcesHigh),
                Offense = U(family.ForcesLow, family.ForcesHigh),
                Defense = U(family.ForcesLow, family.ForcesHigh),
                PriorTrust = U(family.PriorLow, family.PriorHigh),
                WorstCaseBias = worstCase,
                RoutineAttachment = routine,
            });
        }

        return new Scenario
        {
            Name = family.NamePrefix,
            Years = family.Years,
            Hierarchy = hierarchy,
            ObservationNoise = family.Noise,
            Technology = new Technology { OffenseDefenseBalance = balance, Distinguishability = distinguishability },
            TechnologyChanges = changes ?? [],
            States = states,
            Dynamics = family.Dynamics,
        };
    }
}

/// <summary>A family of generated worlds: size, horizon, ranges of endowments, names.</summary>
public sealed record WorldFamily
{
    /// <summary>The engine dynamics the family's worlds run (docs/model.md).</summary>
    public Dynamics Dynamics { get; init; } = Dynamics.Classic;

    public int States { get; init; } = 2;

    public int Years { get; init; } = 60;

    public double Noise { get; init; } = 0.1;

    public double ResourcesLow { get; init; } = 50;

    public double ResourcesHigh { get; init; } = 150;

    public double ForcesLow { get; init; } = 2;

    public double ForcesHigh { get; init; } = 15;

    public double PriorLow { get; init; } = 0.3;

    public double PriorHigh { get; init; } = 0.8;

    public string NamePrefix { get; init; } = "State";

    public ulong Seed { get; init; } = 1;
}
