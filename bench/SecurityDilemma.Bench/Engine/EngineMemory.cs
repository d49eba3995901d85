using System.Diagnostics;
using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Bench.Engine;

/// <summary>
/// Console mode (<c>dotnet run -c Release -- engine-memory [rows] [columns] [years]</c>): runs a 100,000-state grid where
/// states observe only their neighbours for 100 years and prints time, dyad updates per second, managed heap and
/// peak working set. BenchmarkDotNet does not report peak working set, hence a plain run.
/// </summary>
public static class EngineMemory
{
    public static void Run(string[] args)
    {
        var rows = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 250;
        var columns = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 400;
        var years = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 100;
        var scenario = GeneratedWorlds.Grid(rows, columns, years);
        var dyads = 2L * scenario.Borders.Count;
        Console.WriteLine($"world: {scenario.States.Count:N0} states, {scenario.Borders.Count:N0} borders, {dyads:N0} directed dyads, {years} years");
        Console.WriteLine($"managed heap after building the scenario: {GC.GetTotalMemory(true) / 1048576.0:F1} MB");

        var clock = Stopwatch.StartNew();
        var result = Simulation.Run(scenario, 1);
        clock.Stop();

        var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"run: {clock.Elapsed.TotalSeconds:F2} s, {dyads * years / clock.Elapsed.TotalSeconds / 1e6:F1} M dyad updates/s (including world construction)");
        Console.WriteLine($"wars: {result.Wars.Count:N0}, crises: {result.Metrics.CrisisCount:N0}, mean burden {result.Metrics.MeanMilitaryBurden:F4}, final mean trust {result.Metrics.FinalMeanTrust:F3}");
        Console.WriteLine($"managed heap at the end (after GC): {GC.GetTotalMemory(true) / 1048576.0:F1} MB");
        Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / 1048576.0:F1} MB");
    }

    /// <summary>
    /// Console mode (<c>dotnet run -c Release -- engine-throughput [mixed] [graded]</c>): the yearly step of the 200-state complete world,
    /// 12 rounds of 50 years after a 100-year warm-up; prints the best round's dyad updates per second by wall clock
    /// and by the process's CPU time (the latter is the per-core figure on a machine shared with other work).
    /// </summary>
    public static void Throughput(string[] args)
    {
        var mixed = args.Skip(1).Contains("mixed");
        var graded = args.Skip(1).Contains("graded");
        var scenario = GeneratedWorlds.Complete(200, mixed, years: 50) with { Dynamics = graded ? Dynamics.Graded : Dynamics.Classic };
        var dyads = 200.0 * 199.0;
        Simulation.Run(scenario with { Years = 100 }, 1);
        double bestWall = 0, bestCpu = 0;
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < 12; round++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            Simulation.Run(scenario, (ulong)round + 1);
            clock.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
            bestWall = Math.Max(bestWall, dyads * scenario.Years / clock.Elapsed.TotalSeconds);
            bestCpu = Math.Max(bestCpu, dyads * scenario.Years / cpu);
        }

        Console.WriteLine($"200 states ({(mixed ? "mixed motives" : "security seekers")}, {(graded ? "graded" : "classic")} dynamics), complete graph: best {bestWall / 1e6:F1} M dyad updates/s wall clock, {bestCpu / 1e6:F1} M/s per CPU second");
    }
}
