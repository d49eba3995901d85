using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Engine;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Claims;

/// <summary>Runs seeded replications of a world family and reports estimates for the claims tests.</summary>
public static class Replications
{
    /// <summary>Replications per condition (THEORY.md section 4 asks for at least 200).</summary>
    public const int Count = 300;

    /// <summary>One run per replication k of <paramref name="make"/>(k) with seed k + 1 (fixed, never searched), on all cores.</summary>
    public static RunResult[] Run(Func<int, Scenario> make, int count = Count) => Run(make, _ => null, count).Select(x => x.Result).ToArray();

    /// <summary>As <see cref="Run(Func{int, Scenario}, int)"/> with other engine constants (a mechanism weakened or moved).</summary>
    public static RunResult[] Run(Func<int, Scenario> make, EngineConstants constants, int count = Count)
    {
        var results = new RunResult[count];
        Parallel.For(0, count, k => results[k] = Simulation.Run(make(k), (ulong)k + 1, constants));
        return results;
    }

    /// <summary>As <see cref="Run(Func{int, Scenario}, int)"/> with a recorder per run from <paramref name="recorder"/>.</summary>
    public static (RunResult Result, SeriesRecorder? Series)[] Run(Func<int, Scenario> make, Func<int, SeriesRecorder?> recorder, int count = Count)
    {
        var results = new (RunResult, SeriesRecorder?)[count];
        Parallel.For(0, count, k =>
        {
            var series = recorder(k);
            results[k] = (Simulation.Run(make(k), (ulong)k + 1, series), series);
        });
        return results;
    }

    public static Estimate WarRate(IReadOnlyCollection<RunResult> runs) => Estimate.Proportion(runs.Count(r => r.Metrics.WarOccurred), runs.Count);

    public static double[] Burden(IEnumerable<RunResult> runs) => [.. runs.Select(r => r.Metrics.MeanMilitaryBurden)];

    public static double[] FinalTrust(IEnumerable<RunResult> runs) => [.. runs.Select(r => r.Metrics.FinalMeanTrust)];

    public static double[] Spiral(IEnumerable<RunResult> runs) => [.. runs.Select(r => r.Metrics.SpiralIndex)];

    public static double[] Wars(IEnumerable<RunResult> runs) => [.. runs.Select(r => r.Metrics.WarOccurred ? 1.0 : 0.0)];

    /// <summary>Prints "label: estimate" to the test output.</summary>
    public static Estimate Report(this ITestOutputHelper output, string label, Estimate e)
    {
        output.WriteLine($"{label}: {e}");
        return e;
    }
}
