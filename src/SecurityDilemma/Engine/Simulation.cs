using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>Runs a scenario. Same scenario and seed give bit-identical results on any thread count.</summary>
/// <remarks>
/// Each year has two phases (docs/model.md): every state observes, updates its beliefs, assesses threats and
/// decides on the same end-of-last-year snapshot; then budgets, procurement, the economy, crises and wars are
/// applied in a fixed order. Randomness comes from a seed tree below <c>seed</c>: one stream per observing state
/// and one per war, so nothing depends on iteration order.
/// </remarks>
public static class Simulation
{
    /// <summary>Runs <paramref name="scenario"/> for its years with <paramref name="seed"/>; <paramref name="recorder"/> receives series and events when given.</summary>
    public static RunResult Run(Scenario scenario, ulong seed, IRunRecorder? recorder = null) =>
        Run(scenario, seed, EngineConstants.Default, recorder);

    /// <summary>As <see cref="Run(Scenario, ulong, IRunRecorder?)"/> with other mechanism constants (for robustness studies).</summary>
    public static RunResult Run(Scenario scenario, ulong seed, EngineConstants constants, IRunRecorder? recorder = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(constants);
        var world = new World(scenario, seed, constants) { LogCrises = true }; // the crisis log for RunResult.Crises.
        for (var year = 1; year <= scenario.Years; year++)
        {
            world.Step(year, recorder);
        }

        return Result(scenario, seed, world);
    }

    /// <summary>The outcome of the years <paramref name="world"/> has run.</summary>
    internal static RunResult Result(Scenario scenario, ulong seed, World world)
    {
        var wars = BuildWars(scenario, world);
        return new RunResult
        {
            Scenario = scenario,
            Seed = seed,
            Years = world.YearsRun,
            Wars = wars,
            Metrics = world.Metrics() with
            {
                // allies that joined are belligerents too.
                TragicWar = wars.Any(w => w.Motives.Values.All(m => m == Motive.SecuritySeeker)),
                ChainGangEvents = world.ChainGangEvents,
                BuckPassEvents = world.BuckPassEvents,
                BuckPassYears = world.BuckPassYears,
                BalancingDecisions = world.BalancingDecisions,
                BackfireEvents = world.BackfireEvents,
            },
            Alliances = world.BuildAlliances(),
            Crises = world.BuildCrises(),
        };
    }

    private static List<WarRecord> BuildWars(Scenario scenario, World world)
    {
        var wars = new List<WarRecord>(world.Wars.Length);
        for (var slot = 0; slot < world.Wars.Length; slot++)
        {
            var w = world.Wars[slot];
            var a = scenario.States[w.Attacker];
            var (attackers, defenders) = world.SidesOf(slot); // allies that joined are on the sides.
            var motives = new Dictionary<string, Motive>(StringComparer.Ordinal);
            foreach (var x in attackers.Concat(defenders))
            {
                motives[scenario.States[x].Name] = scenario.States[x].Motive;
            }

            wars.Add(new WarRecord
            {
                Start = w.Start,
                End = w.Ending == WarEnding.Ongoing ? null : w.End,
                Sides = [[.. attackers.Select(x => scenario.States[x].Name)], [.. defenders.Select(x => scenario.States[x].Name)]],
                Initiator = a.Name,
                Preemptive = w.Preemptive,
                Motives = motives,
                Winner = w.Winner >= 0 ? scenario.States[w.Winner].Name : null,
            });
        }

        return wars;
    }
}
