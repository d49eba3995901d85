using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Web.Play;

/// <summary>
/// What a game keeps of each year: every state's row and all trust (for the debrief), and the events, which the room
/// filters per player by what her state can know.
/// </summary>
internal sealed class RoomRecorder(int states) : IRunRecorder
{
    /// <summary>Per year: trust[observer][target] (NaN where the observer does not see the target).</summary>
    public List<double[][]> TrustByYear { get; } = [];

    public List<StateYear[]> Rows { get; } = [];

    public List<EngineEvent> Events { get; } = [];

    /// <summary>Starts a new year's slots.</summary>
    public void BeginYear()
    {
        var t = new double[states][];
        for (var i = 0; i < states; i++)
        {
            t[i] = new double[states];
            Array.Fill(t[i], double.NaN);
        }

        TrustByYear.Add(t);
        Rows.Add(new StateYear[states]);
    }

    public void State(in StateYear row) => Rows[^1][row.State] = row;

    public void Trust(int year, int observer, int target, double trust) => TrustByYear[^1][observer][target] = trust;

    public void Event(EngineEvent e) => Events.Add(e);

    /// <summary>The game as the analyses see a run: its document and scenario, its wars and metrics, its series and beliefs.</summary>
    public RunEvidence Evidence(string source, ScenarioDocument document, Scenario scenario, RunResult result) => new()
    {
        Source = source,
        Document = document,
        Scenario = scenario,
        Seed = scenario.Seed,
        Wars = result.Wars,
        Metrics = result.Metrics,

        // A state gone from the world leaves its slots empty (year 0); a pair that never met leaves NaN.
        Series = [.. Rows.SelectMany(r => r).Where(r => r.Year > 0)],
        Trust = [.. TrustByYear.SelectMany((t, y) => Enumerable.Range(0, states).SelectMany(o => Enumerable.Range(0, states)
            .Where(j => !double.IsNaN(t[o][j])).Select(j => new TrustRow(y + 1, o, j, t[o][j]))))],
    };
}
