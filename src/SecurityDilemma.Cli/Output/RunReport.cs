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
    /// <summary>Event kinds that are moves within a crisis (the crisis log).</summary>
    private static readonly HashSet<EventKind> CrisisMoves =
    [
        EventKind.Mobilization, EventKind.BackDown, EventKind.GuaranteeInvoked, EventKind.Preemption,
        EventKind.DeterrenceBackfire, EventKind.ChainGang, EventKind.BuckPass, EventKind.WarStart,
    ];

    /// <summary>The event kinds the report needs (crises and alliances); a <see cref="FinalStateRecorder"/> keeps only these.</summary>
    public static bool Needs(EventKind kind)
        => CrisisMoves.Contains(kind) || kind is EventKind.CrisisStart or EventKind.CrisisEnd
            or EventKind.AllianceFormed or EventKind.AllianceLeft or EventKind.GuaranteeGiven;

    /// <summary>One run: scenario, seed, years, per-state final condition, wars, metrics, alliances and crises.</summary>
    public static Dictionary<string, object?> Single(RunResult run, FinalStateRecorder recorder)
    {
        var scenario = run.Scenario;
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
            ["alliances"] = run.Alliances,
            ["crises"] = run.Crises,
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
                    ["mean"] = m.Estimate.Value,
                    ["lower"] = m.Estimate.Lower,
                    ["upper"] = m.Estimate.Upper,
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
}
