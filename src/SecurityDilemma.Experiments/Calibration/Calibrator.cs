using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SecurityDilemma.Experiments.Calibration;

/// <summary>
/// Runs a calibration end to end: checks the budget, opens (or resumes) its database, runs the method, records the
/// fit and writes the calibrated scenario. Results are the same at any thread count and after any number of
/// interruptions and <c>--resume</c>s.
/// </summary>
public static class Calibrator
{
    /// <summary>The largest budget accepted.</summary>
    public const int MaxBudget = 10_000_000;

    /// <summary>Checks <paramref name="settings"/> against <paramref name="problem"/> before any work; a violation is an <see cref="InputException"/>.</summary>
    public static void Check(CalibrationProblem problem, CalibrationSettings settings)
    {
        if (!CalibrationSettings.Methods.Contains(settings.Method))
        {
            throw new InputException("--method", null, null, "", $"unknown method '{settings.Method}'", "smm or abc");
        }

        if (settings.Replications is < 1 or > 10_000)
        {
            throw new InputException("--replications", null, null, "", $"{settings.Replications}", "1 to 10000");
        }

        if (settings.Population is < 10 or > 100_000)
        {
            throw new InputException("--population", null, null, "", $"{settings.Population}", "10 to 100000 particles");
        }

        if (settings.Threads is < 1 or > 1024)
        {
            throw new InputException("--threads", null, null, "", $"{settings.Threads}", "1 to 1024");
        }

        var min = settings.MinimumBudget(problem.Parameters.Count);
        if (settings.Budget < min || settings.Budget > MaxBudget)
        {
            var why = settings.Method == "abc"
                ? $"ABC-SMC needs 3 x population ({settings.Population}) x replications ({settings.Replications}): the prior and at least two generations"
                : $"SMM needs (4 x parameters + 3) x replications ({settings.Replications}): a simplex, some steps and the Jacobian";
            throw new InputException("--budget", null, null, "", $"{settings.Budget} simulations is {(settings.Budget < min ? "below the minimum" : "above the maximum")}", $"{min} to {MaxBudget} ({why})");
        }
    }

    /// <summary>A digest of everything that determines the result (not the thread count).</summary>
    public static string Fingerprint(string scenarioText, string targetsText, CalibrationProblem problem, CalibrationSettings settings)
    {
        var text = string.Join("\n", [scenarioText, targetsText, .. problem.Parameters.Select(p => p.ToString()), settings.Describe(), string.Join(",", Moments.Names)]);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }

    /// <summary>Runs the calibration, recording every simulation in <paramref name="store"/> (null: no database); <paramref name="recorded"/> hears the count after each commit.</summary>
    public static CalibrationResult Run(CalibrationProblem problem, CalibrationSettings settings, SimulationStore? store, CancellationToken cancel = default, Action<int>? recorded = null)
    {
        Check(problem, settings);
        var evaluator = new Evaluator(problem, store, settings.Threads, cancel, recorded);
        CalibrationResult result;
        try
        {
            result = settings.Method == "abc" ? AbcSmc.Fit(problem, settings, evaluator) : Smm.Fit(problem, settings, evaluator);
        }
        finally
        {
            // Finished simulations are kept even when interrupted (Ctrl-C), so a resume need not run them again.
            evaluator.Flush();
        }

        store?.Finish(result);
        return result;
    }

    /// <summary>The calibrated scenario: the scenario at the fitted values, headed by what was fitted and how well.</summary>
    public static string CalibratedYaml(CalibrationProblem problem, CalibrationResult result, string scenarioName, string targetsName)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.Append(c, $"# Calibrated by 'dilemma calibrate' ({result.Method}) from {scenarioName} to {targetsName}; docs/calibration.md.\n");
        foreach (var p in result.Parameters)
        {
            b.Append(c, $"# fitted {p.Path} = {p.Estimate:G6} (95% interval {p.Lower:G4} to {p.Upper:G4})\n");
        }

        b.Append(c, $"# fit statistic {result.Statistic:G4} on {result.DegreesOfFreedom} df (p = {result.PValue:G3}); every other field is as in {scenarioName}.\n");
        b.Append(problem.Document(result.Estimates).ToYaml());
        return b.ToString();
    }
}
