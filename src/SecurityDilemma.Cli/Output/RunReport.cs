using SecurityDilemma.Engine;
using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Output;

/// <summary>
/// The <c>--json</c> document of <c>dilemma run</c> (also run.json under <c>--out</c>). Keys are snake_case;
/// the shape is documented in the README's CLI reference.
/// </summary>
public static class RunReport
{
    /// <summary>Event kinds that are moves within a crisis (issue 4's crisis log).</summary>
    private static readonly HashSet<EventKind> CrisisMoves =
    [
        EventKind.Mobilization, EventKind.BackDown, EventKind.GuaranteeInvoked, EventKind.Preemption,
        EventKind.DeterrenceBackfire, EventKind.ChainGang, EventKind.BuckPass, EventKind.WarStart,
    ];

    /// <summary>One run: scenario, seed, years, per-state final condition, wars, metrics, alliances and crises.</summary>
    public static Dictionary<string, object?> Single(RunResult run, FinalStateRecorder recorder)
    {
        var scenario = run.Scenario;
        var names = scenario.States.Select(s => s.Name).ToArray();
        return new Dictionary<string, object?>
        {
            ["scenario"] = scenario.Name,
            ["seed"] = run.Seed,
            ["years"] = run.Years,
            ["replications"] = 1,
            ["states"] = scenario.States.Select((s, i) => new Dictionary<string, object?>
            {
                ["name"] = s.Name,
                ["motive"] = s.Motive,
                ["policy"] = s.Policy,
                ["final"] = recorder.Final(i) is { } f ? FinalRow(f) : null,
            }).ToArray(),
            ["wars"] = run.Wars,
            ["metrics"] = run.Metrics,
            ["alliances"] = Alliances(scenario, recorder.Events, names),
            ["crises"] = Crises(recorder.Events, names),
        };
    }

    /// <summary>Replications: each metric's mean (or rate) with its 95% confidence interval and n.</summary>
    public static Dictionary<string, object?> Replicated(Scenario scenario, ulong firstSeed, IReadOnlyList<RunResult> runs, IReadOnlyList<MetricEstimate> metrics)
        => new()
        {
            ["scenario"] = scenario.Name,
            ["seed"] = firstSeed,
            ["years"] = scenario.Years,
            ["replications"] = runs.Count,
            ["seeds"] = new Dictionary<string, object?> { ["first"] = firstSeed, ["last"] = Replications.SeedOf(firstSeed, runs.Count - 1) },
            ["wars"] = runs.Sum(r => r.Wars.Count),
            ["metrics"] = metrics.ToDictionary(
                m => m.Name,
                m => (object?)new Dictionary<string, object?>
                {
                    ["mean"] = Finite(m.Estimate.Value),
                    ["lower"] = Finite(m.Estimate.Lower),
                    ["upper"] = Finite(m.Estimate.Upper),
                    ["n"] = m.Estimate.N,
                    ["level"] = m.Estimate.Level,
                }),
        };

    private static Dictionary<string, object?> FinalRow(StateYear f) => new()
    {
        ["resources"] = f.Resources,
        ["offense"] = f.Offense,
        ["defense"] = f.Defense,
        ["budget_share"] = f.BudgetShare,
        ["military_burden"] = f.MilitaryBurden,
        ["security"] = f.Security,
        ["mean_trust_held"] = f.MeanTrustHeld,
        ["at_war"] = f.AtWar,
    };

    /// <summary>The initial alliances and every alliance formed or left during the run.</summary>
    private static Dictionary<string, object?> Alliances(Scenario scenario, IReadOnlyList<EngineEvent> events, string[] names) => new()
    {
        ["initial"] = scenario.Alliances.Select(a => new Dictionary<string, object?> { ["members"] = a.Members, ["commitment"] = a.Commitment }).ToArray(),
        ["guarantees"] = scenario.Guarantees.Select(g => new Dictionary<string, object?> { ["guarantor"] = g.Guarantor, ["protege"] = g.Protege, ["commitment"] = g.Commitment }).ToArray(),
        ["changes"] = events
            .Where(e => e.Kind is EventKind.AllianceFormed or EventKind.AllianceLeft or EventKind.GuaranteeGiven)
            .Select(e => Move(e, names))
            .ToArray(),
    };

    /// <summary>
    /// Crises from the event log: each crisis_start opens one among its states, moves by those states
    /// (mobilization, back-down, guarantee invoked, preemption, backfire, chain ganging, buck passing, war)
    /// are attached to it, and the crisis_end naming the same states closes it.
    /// </summary>
    private static List<Dictionary<string, object?>> Crises(IReadOnlyList<EngineEvent> events, string[] names)
    {
        var all = new List<Dictionary<string, object?>>();
        var open = new List<(HashSet<int> States, Dictionary<string, object?> Crisis, List<object> Moves)>();
        foreach (var e in events)
        {
            if (e.Kind == EventKind.CrisisStart)
            {
                var moves = new List<object>();
                var crisis = new Dictionary<string, object?>
                {
                    ["start"] = e.Year,
                    ["end"] = null,
                    ["states"] = Names(e.States, names),
                    ["trigger"] = e.Detail,
                    ["moves"] = moves,
                    ["outcome"] = null,
                };
                all.Add(crisis);
                open.Add(([.. e.States], crisis, moves));
            }
            else if (e.Kind == EventKind.CrisisEnd)
            {
                var k = open.FindLastIndex(o => o.States.SetEquals(e.States));
                k = k >= 0 ? k : open.FindLastIndex(o => e.States.Any(o.States.Contains));
                if (k >= 0)
                {
                    open[k].Crisis["end"] = e.Year;
                    open[k].Crisis["outcome"] = e.Detail;
                    open.RemoveAt(k);
                }
            }
            else if (CrisisMoves.Contains(e.Kind))
            {
                // The crisis among exactly these states, else one that holds them all, else any that shares one.
                var k = open.FindLastIndex(o => o.States.SetEquals(e.States));
                k = k >= 0 ? k : open.FindLastIndex(o => e.States.All(o.States.Contains));
                k = k >= 0 ? k : open.FindLastIndex(o => e.States.Any(o.States.Contains));
                if (k >= 0)
                {
                    open[k].Moves.Add(Move(e, names));
                }
            }
        }

        return all;
    }

    private static Dictionary<string, object?> Move(EngineEvent e, string[] names) => new()
    {
        ["year"] = e.Year,
        ["kind"] = e.Kind,
        ["states"] = Names(e.States, names),
        ["detail"] = e.Detail,
    };

    private static string[] Names(IReadOnlyList<int> states, string[] names)
        => [.. states.Select(s => (uint)s < (uint)names.Length ? names[s] : $"#{s}")];

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;
}
