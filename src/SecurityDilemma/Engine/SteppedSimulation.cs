using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>
/// A run advanced one year at a time, in which some states may be led from outside (players): each year their
/// <see cref="ExternalDecision"/> replaces their own, and <see cref="View"/> shows what a state can see.
/// With no external decisions it gives the same years as <see cref="Simulation.Run(Scenario, ulong, IRunRecorder?)"/>.
/// </summary>
/// <remarks>Not thread-safe: one caller steps it at a time.</remarks>
public sealed class SteppedSimulation
{
    private readonly Scenario _scenario;
    private readonly ulong _seed;
    private readonly World _world;

    public SteppedSimulation(Scenario scenario, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        _seed = seed;
        _world = new World(scenario, seed, EngineConstants.Default) { LogCrises = true };
    }

    /// <summary>The last year resolved (0 before the first).</summary>
    public int Year => _world.YearsRun;

    /// <summary>Whether every year of the scenario has been resolved.</summary>
    public bool Finished => Year >= _scenario.Years;

    /// <summary>Resolves the next year; <paramref name="decisions"/> maps state indices to their players' choices.</summary>
    public void Step(IReadOnlyDictionary<int, ExternalDecision>? decisions, IRunRecorder? recorder)
    {
        if (Finished)
        {
            throw new InvalidOperationException($"the run has already resolved all {_scenario.Years} years");
        }

        _world.Step(Year + 1, recorder, decisions);
    }

    /// <summary>What state <paramref name="state"/> sees now (its own condition, its neighbours' forces, its trust in them).</summary>
    public StateView View(int state)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(state);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(state, _scenario.States.Count);
        return _world.View(state, Year);
    }

    /// <summary>The outcome of the years resolved so far.</summary>
    public RunResult Result() => Simulation.Result(_scenario, _seed, _world);
}
