using SecurityDilemma.Engine;
using SecurityDilemma.Runs.Families;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Runs.Robustness;

/// <summary>
/// The nine claims of docs/theory.md as paired effects in the graded dynamics, each at a point where its test shows it
/// (tests/SecurityDilemma.Tests/Claims): the robustness table re-measures them with each engine constant moved.
/// Worlds are generated per replication from their own seed (a family of worlds, not one instance).
/// </summary>
public static class ClaimProbes
{
    /// <summary>The probes, one per claim, in claim order.</summary>
    public static IReadOnlyList<ClaimProbe> All { get; } =
    [
        new(1, "spiral", "war rate, offense-dominant indistinguishable (0.7, 0.1) - defense-dominant distinguishable (2, 0.9)",
            (r, k) => War(Family(r, 101, 2, 0.7, 0.1), r, k) - War(Family(r, 101, 2, 2.0, 0.9), r, k)),
        new(2, "four worlds", "war rate, doubly dangerous (0.6, 0.2) - doubly stable (1.8, 0.8), three states",
            (r, k) => War(Family(r, 202, 3, 0.6, 0.2), r, k) - War(Family(r, 202, 3, 1.8, 0.8), r, k)),
        new(3, "escape", "burden, power maximizers - security seekers at (1.6, 0.75)",
            (r, k) => Burden(Family(r, 303, 4, 1.6, 0.75, Motive.PowerMaximizer), r, k) - Burden(Family(r, 303, 4, 1.6, 0.75), r, k)),
        new(4, "firmness deters greed", "wars per run against a greedy state, conciliation - firmness at (2.0, 0.3)",
            (r, k) => Wars(Dyad(r, 2.0, 0.3, Policy.Conciliation, Motive.Greedy), r, k) - Wars(Dyad(r, 2.0, 0.3, Policy.Firmness, Motive.Greedy), r, k)),
        new(5, "mobilization backfires", "preemptive war, with mobilization - without, two firm security seekers at (0.9, 0.2)",
            (r, k) => Preemptive(Dyad(r, 0.9, 0.2, Policy.Firmness, Motive.SecuritySeeker, Policy.Firmness), r, k)
                      - Preemptive(Dyad(r, 0.9, 0.2, Policy.Firmness, Motive.SecuritySeeker, Policy.Firmness), r, WithoutMobilization(k))),
        new(6, "chain ganging", "chain-ganging events, perceived offense (0.5) - perceived defense (3), five powers",
            (r, k) => Chains(Powers(r, 0.5), r, k) - Chains(Powers(r, 3.0), r, k)),
        new(7, "worst-case bias", "spiral index, bias 0.8 - none at (1.2, 0.4)",
            (r, k) => Spiral(Family(r, 707, 2, 1.2, 0.4, worstCase: 0.8), r, k) - Spiral(Family(r, 707, 2, 1.2, 0.4), r, k)),
        new(8, "routine attachment", "mean trust in the 20 years after the danger ends, no routine - routine 0.6",
            (r, k) => TrustAfter(Family(r, 808, 3, 0.7, 0.2, routine: 0.0, rivals: true), r, k) - TrustAfter(Family(r, 808, 3, 0.7, 0.2, routine: 0.6, rivals: true), r, k)),
        new(9, "hierarchy", "war-rate gap doubly dangerous - doubly stable, anarchy - hierarchy",
            (r, k) => War(Family(r, 909, 2, 0.6, 0.1), r, k) - War(Family(r, 909, 2, 2.0, 0.9), r, k)
                      - (War(Family(r, 909, 2, 0.6, 0.1, hierarchy: true), r, k) - War(Family(r, 909, 2, 2.0, 0.9, hierarchy: true), r, k))),
    ];

    private const int ChangeYear = 25;

    private static double War(Scenario s, int r, EngineConstants k) => Simulation.Run(s, (ulong)r + 1, k).Metrics.WarOccurred ? 1.0 : 0.0;

    private static double Wars(Scenario s, int r, EngineConstants k) => Simulation.Run(s, (ulong)r + 1, k).Metrics.WarCount;

    private static double Burden(Scenario s, int r, EngineConstants k) => Simulation.Run(s, (ulong)r + 1, k).Metrics.MeanMilitaryBurden;

    private static double Spiral(Scenario s, int r, EngineConstants k) => Simulation.Run(s, (ulong)r + 1, k).Metrics.SpiralIndex;

    private static double Preemptive(Scenario s, int r, EngineConstants k) => Simulation.Run(s, (ulong)r + 1, k).Metrics.PreemptiveWar ? 1.0 : 0.0;

    private static double Chains(Scenario s, int r, EngineConstants k) => Simulation.Run(s, (ulong)r + 1, k).Metrics.ChainGangEvents;

    private static double TrustAfter(Scenario s, int r, EngineConstants k)
    {
        var trust = new TrustAfterRecorder(ChangeYear);
        Simulation.Run(s, (ulong)r + 1, k, trust);
        return trust.Mean;
    }

    private static EngineConstants WithoutMobilization(EngineConstants k) =>
        k with { Alliances = k.Alliances with { MobilizationSurge = 0, MobilizationCost = 0, MobilizationAlarm = 0 } };

    private static Scenario Family(int r, ulong family, int states, double balance, double d, Motive motive = Motive.SecuritySeeker,
        double worstCase = 0, double routine = 0, bool hierarchy = false, bool rivals = false) =>
        WorldFamilies.Generate(r, new WorldFamily
        {
            Seed = family,
            States = states,
            Years = rivals ? ChangeYear + 20 : 60,
            Noise = 0.15,
            ResourcesLow = 80,
            ResourcesHigh = 120,
            ForcesLow = 3,
            ForcesHigh = 10,
            // Rivals start from low trust; the danger that made them rivals ends with the technology change.
            PriorLow = rivals ? 0.05 : 0.3,
            PriorHigh = rivals ? 0.2 : 0.7,
            NamePrefix = "S",
        }, balance, d, _ => motive, worstCase, routine, hierarchy,
            rivals ? [new TechnologyChange { Year = ChangeYear, OffenseDefenseBalance = 2.5, Distinguishability = 0.8 }] : null);

    private static Scenario Dyad(int r, double balance, double d, Policy policy, Motive other, Policy otherPolicy = Policy.Utility) =>
        WorldFamilies.Dyad(r, 404, balance, d, policy, other, otherPolicy);

    private static Scenario Powers(int r, double perceived) => WorldFamilies.Multipolar(r, 606, 1.0, perceived, 5, revisionist: true);

    /// <summary>Mean trust of all observers in the years from <c>from</c> on.</summary>
    private sealed class TrustAfterRecorder(int from) : IRunRecorder
    {
        private double _sum;
        private int _count;

        public double Mean => _count > 0 ? _sum / _count : 0.0;

        public void State(in StateYear row)
        {
        }

        public void Trust(int year, int observer, int target, double trust)
        {
            if (year >= from)
            {
                _sum += trust;
                _count++;
            }
        }

        public void Event(EngineEvent e)
        {
        }
    }
}
