using SecurityDilemma.Engine;

namespace SecurityDilemma.Experiments.Calibration;

/// <summary>
/// The moments a calibration can target: every run metric (<see cref="RunMetrics.Names"/>) and the war and arms
/// moments that the historical data also yields, with the same definitions (docs/calibration.md, "Moments").
/// </summary>
/// <remarks>
/// Derived moments of one run with n states over T years: <c>wars_per_decade</c> = wars x 10 / T;
/// <c>wars_per_dyad_decade</c> = dyadic war onsets (pairs of states on opposite sides of a war) x 10 / (n(n-1)/2 x T);
/// <c>multiparty_war_share</c> = share of wars with more than two belligerents (NaN without wars);
/// <c>mean_war_duration</c> = mean years from a war's start to its end (or the last year), both counted;
/// <c>arms_growth_per_year</c> = (ln F_T - ln F_1) / (T - 1) with F_t the states' summed forces (offense plus
/// defense) at the end of year t (forces rather than spending, because a year's spending can be near zero when
/// forces already suffice; in steady growth both grow at the same rate), each floored at 1e-9. A moment that is NaN in a replication (no wars) is left out
/// of that moment's mean.
/// </remarks>
public static class Moments
{
    /// <summary>The derived moments, in their fixed order after the run metrics.</summary>
    public static IReadOnlyList<string> Derived { get; } =
        ["wars_per_decade", "wars_per_dyad_decade", "multiparty_war_share", "mean_war_duration", "arms_growth_per_year"];

    /// <summary>Every moment name: the run metrics, then <see cref="Derived"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. RunMetrics.Names, .. Derived];

    /// <summary>Whether computing <paramref name="names"/> needs the yearly series (arms growth does).</summary>
    public static bool NeedSeries(IEnumerable<string> names) => names.Contains("arms_growth_per_year");

    /// <summary>Runs <paramref name="scenario"/> with <paramref name="seed"/> and returns the moments <paramref name="names"/>.</summary>
    public static double[] Simulate(Scenarios.Scenario scenario, ulong seed, IReadOnlyList<string> names)
    {
        var spending = NeedSeries(names) ? new ForcesRecorder(scenario.Years) : null;
        var run = Simulation.Run(scenario, seed, spending);
        return Of(run, spending?.Totals, names);
    }

    /// <summary>The moments <paramref name="names"/> of <paramref name="run"/>; <paramref name="forces"/> is the yearly total of forces (for arms growth).</summary>
    public static double[] Of(RunResult run, double[]? forces, IReadOnlyList<string> names)
    {
        var metrics = run.Metrics.ToArray();
        var result = new double[names.Count];
        for (var k = 0; k < names.Count; k++)
        {
            var m = RunMetrics.Names.IndexOf(names[k]);
            result[k] = m >= 0 ? metrics[m] : Derive(run, forces, names[k]);
        }

        return result;
    }

    private static int IndexOf(this IReadOnlyList<string> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static double Derive(RunResult run, double[]? spending, string name)
    {
        var n = run.Scenario.States.Count;
        var years = run.Years;
        var wars = run.Wars;
        switch (name)
        {
            case "wars_per_decade":
                return wars.Count * 10.0 / years;
            case "wars_per_dyad_decade":
                return wars.Sum(w => (double)w.Sides[0].Count * w.Sides[1].Count) * 10.0 / (n * (n - 1) / 2.0 * years);
            case "multiparty_war_share":
                return wars.Count == 0 ? double.NaN : wars.Count(w => w.Sides[0].Count + w.Sides[1].Count > 2) / (double)wars.Count;
            case "mean_war_duration":
                return wars.Count == 0 ? double.NaN : wars.Average(w => (double)((w.End ?? years) - w.Start + 1));
            case "arms_growth_per_year":
                if (spending is null || spending.Length < 2)
                {
                    return double.NaN;
                }

                return (Math.Log(Math.Max(spending[^1], 1e-9)) - Math.Log(Math.Max(spending[0], 1e-9))) / (spending.Length - 1);
            default:
                throw new ArgumentException($"unknown moment '{name}'", nameof(name));
        }
    }

    /// <summary>Sums forces (offense plus defense) over states per year.</summary>
    private sealed class ForcesRecorder(int years) : IRunRecorder
    {
        public double[] Totals { get; } = new double[years];

        public void State(in StateYear row)
        {
            if (row.Year >= 1 && row.Year <= Totals.Length)
            {
                Totals[row.Year - 1] += row.Offense + row.Defense;
            }
        }

        public void Trust(int year, int observer, int target, double trust)
        {
        }

        public void Event(EngineEvent e)
        {
        }
    }
}
