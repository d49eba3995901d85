using System.Globalization;
using System.Text;
using SecurityDilemma.Engine;

namespace SecurityDilemma.Tests.Engine;

/// <summary>Keeps everything a run records, and writes a run as exact text (doubles as bit patterns) for byte-identity checks.</summary>
public sealed class SeriesRecorder : IRunRecorder
{
    public List<StateYear> States { get; } = [];

    public List<(int Year, int Observer, int Target, double Trust)> Trusts { get; } = [];

    public List<EngineEvent> Events { get; } = [];

    public void State(in StateYear row) => States.Add(row);

    public void Trust(int year, int observer, int target, double trust) => Trusts.Add((year, observer, target, trust));

    public void Event(EngineEvent e) => Events.Add(e);

    /// <summary>Trust <paramref name="observer"/> holds in <paramref name="target"/> at the end of <paramref name="year"/>.</summary>
    public double TrustAt(int year, int observer, int target) =>
        Trusts.Single(t => t.Year == year && t.Observer == observer && t.Target == target).Trust;

    public StateYear StateAt(int year, int state) => States.Single(s => s.Year == year && s.State == state);

    /// <summary>The result and the recorded series as text in which every double is its exact bit pattern.</summary>
    public static string Serialize(RunResult result, SeriesRecorder? series)
    {
        static string X(double v) => BitConverter.DoubleToInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{result.Scenario.Name}|{result.Seed}|{result.Years}\n");
        foreach (var v in result.Metrics.ToArray())
        {
            sb.Append(X(v)).Append(',');
        }

        sb.Append('\n');
        foreach (var w in result.Wars)
        {
            sb.Append(CultureInfo.InvariantCulture, $"war {w.Start} {w.End} {w.Initiator} {w.Preemptive} {w.Winner} {string.Join("/", w.Sides.Select(s => string.Join("+", s)))}\n");
        }

        if (series is not null)
        {
            foreach (var s in series.States)
            {
                sb.Append(CultureInfo.InvariantCulture, $"s {s.Year} {s.State} {X(s.Resources)} {X(s.Offense)} {X(s.Defense)} {X(s.BudgetShare)} {X(s.MilitaryBurden)} {X(s.Security)} {X(s.MeanTrustHeld)} {s.AtWar}\n");
            }

            foreach (var t in series.Trusts)
            {
                sb.Append(CultureInfo.InvariantCulture, $"t {t.Year} {t.Observer} {t.Target} {X(t.Trust)}\n");
            }

            foreach (var e in series.Events)
            {
                sb.Append(CultureInfo.InvariantCulture, $"e {e.Year} {e.Kind} {string.Join(",", e.States)} {e.Detail}\n");
            }
        }

        return sb.ToString();
    }
}
