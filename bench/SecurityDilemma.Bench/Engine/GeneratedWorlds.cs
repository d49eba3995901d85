using SecurityDilemma.Models.Randomness;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Bench.Engine;

/// <summary>Generated worlds for the engine benchmarks: a complete graph of 200 states and a 100,000-state grid.</summary>
public static class GeneratedWorlds
{
    /// <summary><paramref name="n"/> states in which everyone observes everyone (no borders listed); mixed motives when <paramref name="mixed"/>.</summary>
    public static Scenario Complete(int n, bool mixed, int years = 100)
    {
        var rng = new Xoshiro256(42);
        return new Scenario
        {
            Name = $"complete-{n}",
            Years = years,
            Technology = new Technology { OffenseDefenseBalance = 1.5, Distinguishability = 0.6 },
            States = [.. Enumerable.Range(0, n).Select(i => State(i, ref rng, mixed))],
        };
    }

    /// <summary>A rows x columns grid; each state borders its four neighbours (defensibility varies by row: mountains and plains).</summary>
    public static Scenario Grid(int rows, int columns, int years = 100)
    {
        var rng = new Xoshiro256(7);
        var states = new StateSpec[rows * columns];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = State(i, ref rng, mixed: true);
        }

        var borders = new List<BorderSpec>(2 * states.Length);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var i = (r * columns) + c;
                var defensibility = 0.5 + (1.5 * r / rows);
                if (c + 1 < columns)
                {
                    borders.Add(new BorderSpec { A = states[i].Name, B = states[i + 1].Name, Defensibility = defensibility });
                }

                if (r + 1 < rows)
                {
                    borders.Add(new BorderSpec { A = states[i].Name, B = states[i + columns].Name, Defensibility = defensibility });
                }
            }
        }

        return new Scenario
        {
            Name = $"grid-{rows}x{columns}",
            Years = years,
            Technology = new Technology { OffenseDefenseBalance = 1.0, Distinguishability = 0.4 },
            States = states,
            Borders = borders,
        };
    }

    private static StateSpec State(int i, ref Xoshiro256 rng, bool mixed)
    {
        var u = rng.NextDouble();
        var motive = !mixed || u < 0.8 ? Motive.SecuritySeeker : u < 0.9 ? Motive.Greedy : Motive.PowerMaximizer;
        return new StateSpec
        {
            Name = $"S{i}",
            Motive = motive,
            Resources = 50 + (100 * rng.NextDouble()),
            Offense = 2 + (13 * rng.NextDouble()),
            Defense = 2 + (13 * rng.NextDouble()),
            PriorTrust = 0.3 + (0.5 * rng.NextDouble()),
            WorstCaseBias = 0.3 * rng.NextDouble(),
            RoutineAttachment = 0.3 * rng.NextDouble(),
        };
    }
}
