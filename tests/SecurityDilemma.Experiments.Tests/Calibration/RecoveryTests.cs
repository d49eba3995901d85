using SecurityDilemma.Experiments.Calibration;
using Xunit.Abstractions;

namespace SecurityDilemma.Experiments.Tests.Calibration;

/// <summary>
/// Parameter recovery, the standard validation of a calibration method (e.g. Grazzini, Richiardi &amp; Tsionas 2017):
/// both SMM and ABC-SMC find known parameter values within their reported 95% intervals, and the data are
/// informative (the reported standard error is below half the standard deviation of a uniform prior on the range).
/// The arming problem is a ridge (richer states with more forces look alike), so its intervals are wide but honest.
/// </summary>
public class RecoveryTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases => new()
    {
        { "arming", "smm" }, { "arming", "abc" }, { "posture", "smm" }, { "posture", "abc" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RecoversKnownValues_WithinReportedUncertainty(string problemName, string method)
    {
        var (problem, truth) = problemName == "arming" ? RecoveryProblems.Arming() : RecoveryProblems.Posture();
        var settings = method == "smm"
            ? new CalibrationSettings { Method = "smm", Budget = 800, Replications = 8, Seed = 11, Threads = 2 }
            : new CalibrationSettings { Method = "abc", Budget = 3000, Replications = 2, Population = 40, Seed = 11, Threads = 2 };
        var result = Calibrator.Run(problem, settings, store: null);

        output.WriteLine($"{problemName} / {method}: {string.Join("; ", result.Notes)}");
        output.WriteLine($"{"parameter",-22} {"true",8} {"recovered",10} {"se/sd",8} {"95% interval",22}");
        for (var j = 0; j < truth.Length; j++)
        {
            var p = result.Parameters[j];
            output.WriteLine($"{p.Path,-22} {truth[j],8:G4} {p.Estimate,10:G4} {p.StandardError,8:G3} {$"[{p.Lower:G4}, {p.Upper:G4}]",22}");
        }

        foreach (var m in result.Moments)
        {
            output.WriteLine($"  {m.Moment,-22} target {m.Target:G4} +- {m.Uncertainty:G3}, simulated {m.Simulated:G4} (z {m.Standardized:F2})");
        }

        output.WriteLine($"  fit statistic {result.Statistic:G4} on {result.DegreesOfFreedom} df, p = {result.PValue:G3}; {result.Simulations} simulations");

        Assert.True(result.Simulations <= settings.Budget);
        for (var j = 0; j < truth.Length; j++)
        {
            var p = result.Parameters[j];
            var q = problem.Parameters[j];
            Assert.True(p.Lower <= truth[j] && truth[j] <= p.Upper, $"{p.Path}: true {truth[j]} outside the 95% interval [{p.Lower}, {p.Upper}]");
            var priorSd = (q.High - q.Low) / Math.Sqrt(12);
            Assert.True(p.StandardError < 0.5 * priorSd, $"{p.Path}: standard error {p.StandardError} is not below half the prior's {priorSd}");
        }
    }
}
