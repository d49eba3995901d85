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
}
