using SecurityDilemma.Experiments.Calibration;
using SecurityDilemma.Models.Randomness;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Experiments.Tests.Calibration;

/// <summary>
/// Parameter-recovery problems: targets are moments the engine itself produces at known parameter values (on seeds
/// the calibration never uses), so a method that works must find those values again within its reported uncertainty.
/// </summary>
/// <remarks>
/// The world (docs/examples/calibration-small.yaml) is small (three states, 20 years) and peaceful (a defensive
/// technology): there the moments respond gradually to the parameters on the current engine (checked by a sweep
/// before choosing them; docs/calibration.md).
/// </remarks>
internal static class RecoveryProblems
{
    /// <summary>The shipped example world (docs/examples/calibration-small.yaml).</summary>
    public static string World => File.ReadAllText(Support.Repo.Examples("calibration-small.yaml"));

    /// <summary>Arming: initial defensive forces and economic size shape the military burden and the spiral index.</summary>
    public static (CalibrationProblem Problem, double[] Truth) Arming() => Make(
        [new CalibrationParameter("states.*.defense", 2, 20), new CalibrationParameter("states.*.resources", 50, 200)],
        [8, 120],
        ["mean_military_burden", "spiral_index"]);

    /// <summary>Posture: initial offensive and defensive forces shape the burden, the spiral index and buck passing.</summary>
    public static (CalibrationProblem Problem, double[] Truth) Posture() => Make(
        [new CalibrationParameter("states.*.offense", 1, 10), new CalibrationParameter("states.*.defense", 2, 14)],
        [4, 6],
        ["mean_military_burden", "spiral_index", "buck_pass_events"]);

    private static (CalibrationProblem, double[]) Make(CalibrationParameter[] parameters, double[] truth, string[] moments)
    {
        var document = ScenarioDocument.Parse(World, "recovery.yaml");
        var placeholder = new TargetSet { Name = "placeholder", Targets = [.. moments.Select(m => new Target { Moment = m, Value = 0, Uncertainty = 1, Source = "-" })] };
        var scenario = new CalibrationProblem(document, parameters, placeholder).Build(truth);

        // 50 runs at the truth on seeds of their own; the target's uncertainty is the standard error of that mean,
        // with a floor of 0.5% of the value (a measurement error) for moments the noise barely moves.
        const int runs = 50;
        var reps = Enumerable.Range(0, runs).Select(i => Moments.Simulate(scenario, SeedTree.Derive(987_654_321UL, (ulong)i), moments)).ToArray();
        var targets = moments.Select((m, k) =>
        {
            var values = reps.Select(r => r[k]).Where(v => !double.IsNaN(v)).ToArray();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
            return new Target { Moment = m, Value = mean, Uncertainty = Math.Max(sd / Math.Sqrt(values.Length), (0.005 * Math.Abs(mean)) + 1e-9), Source = $"engine at the true values, {runs} runs" };
        }).ToArray();
        return (new CalibrationProblem(document, parameters, new TargetSet { Name = "recovery", Targets = targets }), truth);
    }
}
