using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Web.Hosting;

namespace SecurityDilemma.Web.Explore;

/// <summary>
/// Streams a run year by year (NDJSON, docs/web.md): a "start" line with the states and the map, one "year" line per
/// year with forces, burden, security, trust and events, then an "end" line with the metrics and wars.
/// </summary>
internal static class RunStream
{
    /// <summary>Worlds up to this many states also stream the full trust matrix (the network view colours dyads by it).</summary>
    public const int TrustMatrixStates = 12;

    /// <summary>Events streamed per year at most (the rest are counted).</summary>
    public const int EventsPerYear = 100;

    public static async Task Write(NdjsonWriter output, Scenario scenario, ulong seed, CancellationToken cancel)
    {
        var n = scenario.States.Count;
        var index = scenario.States.Select((s, i) => (s.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        await output.Line(new
        {
            Type = "start",
            Scenario = scenario.Name,
            scenario.Years,
            Seed = seed,
            Technology = scenario.Technology,
            States = scenario.States.Select(s => new { s.Name, s.Motive, s.Resources }),
            Borders = Borders(scenario, index),
            Alliances = scenario.Alliances.SelectMany(a => Pairs(a.Members.Select(m => index[m]).ToList())),
        });

        var sim = new SteppedSimulation(scenario, seed);
        var year = new YearCollector(n, n <= TrustMatrixStates, EventsPerYear);
        while (!sim.Finished)
        {
            cancel.ThrowIfCancellationRequested();
            year.Clear();
            sim.Step(null, year);
            await output.Line(new
            {
                Type = "year",
                Year = sim.Year,
                States = year.Rows.Select(r => new
                {
                    r.Offense,
                    r.Defense,
                    Burden = r.MilitaryBurden,
                    r.Security,
                    Trust = r.MeanTrustHeld,
                    r.AtWar,
                }),
                Trust = year.TrustMatrix,
                Events = year.Events.Select(e => new { e.Kind, e.States, e.Detail }),
                MoreEvents = year.DroppedEvents,
            });
        }

        var result = sim.Result();
        await output.Line(new { Type = "end", result.Metrics, result.Wars });
    }

    private static IEnumerable<int[]> Borders(Scenario scenario, Dictionary<string, int> index) =>
        scenario.Borders.Count > 0
            ? scenario.Borders.Select(b => new[] { index[b.A], index[b.B] })
            : Pairs([.. Enumerable.Range(0, scenario.States.Count)]);

    private static IEnumerable<int[]> Pairs(List<int> members)
    {
        for (var a = 0; a < members.Count; a++)
        {
            for (var b = a + 1; b < members.Count; b++)
            {
                yield return [members[a], members[b]];
            }
        }
    }
}
