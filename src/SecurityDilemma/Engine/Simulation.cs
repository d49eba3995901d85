using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Engine;

/// <summary>Runs a scenario. Same scenario and seed give bit-identical results on any machine and thread count.</summary>
/// <remarks>Contract used by the CLI and sweeps; the world-engine work implements it.</remarks>
public static class Simulation
{
    /// <summary>Runs <paramref name="scenario"/> for its years with <paramref name="seed"/>; <paramref name="recorder"/> receives series and events when given.</summary>
    public static RunResult Run(Scenario scenario, ulong seed, IRunRecorder? recorder = null) => throw new NotImplementedException();
}
