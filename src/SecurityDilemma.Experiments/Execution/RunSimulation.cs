using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Experiments.Execution;

/// <summary>Runs one scenario with one seed; <see cref="Simulation.Run(Scenarios.Scenario, ulong, IRunRecorder?)"/> in the tool, a test double in infrastructure tests.</summary>
public delegate RunResult RunSimulation(Scenario scenario, ulong seed, IRunRecorder? recorder);
