using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Experiments.Calibration;

/// <summary>
/// What to calibrate: a scenario document, the parameters (by <c>--set</c> path) and the targets. The engine is seen
/// only through its public surface: the scenario document with overrides, and runs that yield <see cref="Moments"/>.
/// </summary>
public sealed class CalibrationProblem
{
    public CalibrationProblem(ScenarioDocument scenario, IReadOnlyList<CalibrationParameter> parameters, TargetSet targets)
    {
        if (parameters.Count == 0)
        {
            throw new InputException("--param", null, null, "", "no parameter to fit", "at least one --param PATH=LO..HI");
        }

        var twice = parameters.GroupBy(p => p.Path).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InputException("--param", null, null, twice.Key, "given twice", "each parameter once");
        }

        Scenario = scenario;
        Parameters = parameters;
        Targets = targets;
        MomentNames = targets.MomentNames;

        // Both ends of every range must make a valid scenario, so no run fails half-way (an unknown path or an
        // out-of-range bound is reported now, before any work).
        foreach (var p in parameters)
        {
            foreach (var v in new[] { p.Low, p.High })
            {
                try
                {
                    Build(parameters.Select(q => q == p ? v : (q.Low + q.High) / 2).ToArray());
                }
                catch (ScenarioException e)
                {
                    throw new InputException("--param", null, null, p.Path, e.Problem, e.Expected);
                }
            }
        }
    }

    public ScenarioDocument Scenario { get; }

    public IReadOnlyList<CalibrationParameter> Parameters { get; }

    public TargetSet Targets { get; }

    public IReadOnlyList<string> MomentNames { get; }

    /// <summary>The scenario document at parameter values <paramref name="theta"/>.</summary>
    public ScenarioDocument Document(IReadOnlyList<double> theta)
        => Scenario.With(Parameters.Select((p, i) => new ParameterOverride(p.Path, CalibrationParameter.Format(theta[i]))));

    /// <summary>The validated scenario at parameter values <paramref name="theta"/>.</summary>
    public Scenario Build(IReadOnlyList<double> theta) => Document(theta).Build();

    /// <summary>Contribution of one moment to a distance: its standardized error, or 10 standard errors when the run left it undefined (no wars).</summary>
    public double Standardized(int k, double simulated)
    {
        var t = Targets.Targets[k];
        return double.IsNaN(simulated) ? 10.0 : (simulated - t.Value) / t.Uncertainty;
    }
}
