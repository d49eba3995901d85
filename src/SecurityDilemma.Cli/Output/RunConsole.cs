using System.Globalization;
using SecurityDilemma.Engine;
using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;
using Spectre.Console;

namespace SecurityDilemma.Cli.Output;

/// <summary>The human-readable summary of <c>dilemma run</c>: tables and a short plain-language interpretation.</summary>
public static class RunConsole
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Most states listed in the console table; larger worlds are summarized in --json and --out.</summary>
    private const int MaxTableStates = 40;

    /// <summary>True when tables should be plain ASCII without colour: stdout is redirected or NO_COLOR is set (no-color.org).</summary>
    public static bool IsPlain() => Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>A console on stdout; plain ASCII without colour when stdout is redirected or NO_COLOR is set.</summary>
    public static IAnsiConsole Create()
    {
        var plain = IsPlain();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (plain)
        {
            console.Profile.Width = 160;
        }

        return console;
    }

    private static TableBorder Border(IAnsiConsole console) => console.Profile.Capabilities.Ansi ? TableBorder.Rounded : TableBorder.Ascii;

    /// <summary>Per-state table, metrics and interpretation of one run.</summary>
    public static void Single(IAnsiConsole console, RunResult run, FinalStateRecorder recorder)
    {
        var s = run.Scenario;
        console.WriteLine(FormattableString.Invariant($"{s.Name}: {s.States.Count} states, {run.Years} years, seed {run.Seed}"));
        var table = new Table { Border = Border(console) };
        foreach (var c in new[] { "state", "motive", "resources", "offense", "defense", "burden", "trust held", "security", "wars" })
        {
            table.AddColumn(c == "state" || c == "motive" ? new TableColumn(c) : new TableColumn(c).RightAligned());
        }

        for (var i = 0; i < Math.Min(s.States.Count, MaxTableStates); i++)
        {
            var st = s.States[i];
            var wars = run.Wars.Count(w => w.Sides.Any(side => side.Contains(st.Name)));
            var f = recorder.Final(i);
            Row(
                table,
                st.Name,
                Snake(st.Motive),
                Num(f?.Resources),
                Num(f?.Offense),
                Num(f?.Defense),
                Pct(f?.MilitaryBurden),
                Num(f?.MeanTrustHeld, "0.00"),
                Num(f?.Security, "0.00"),
                wars.ToString(Inv));
        }

        console.Write(table);
        if (s.States.Count > MaxTableStates)
        {
            Console.Out.WriteLine(FormattableString.Invariant($"... and {s.States.Count - MaxTableStates} more states (all of them in --json and --out)."));
        }

        var metrics = new Table { Border = Border(console) };
        metrics.AddColumn("metric").AddColumn(new TableColumn("value").RightAligned());
        var values = run.Metrics.ToArray();
        for (var m = 0; m < values.Length; m++)
        {
            Row(metrics, RunMetrics.Names[m], double.IsNaN(values[m]) ? "-" : values[m].ToString("0.####", Inv));
        }

        console.Write(metrics);
        foreach (var line in Interpret(run))
        {
            Console.Out.WriteLine(line); // plain text, never wrapped at the console width
        }
    }

    /// <summary>Metric estimates over replications.</summary>
    public static void Replicated(IAnsiConsole console, Scenario scenario, ulong firstSeed, IReadOnlyList<RunResult> runs, IReadOnlyList<MetricEstimate> metrics)
    {
        console.WriteLine(FormattableString.Invariant($"{scenario.Name}: {runs.Count} replications (seeds {firstSeed}..{Replications.SeedOf(firstSeed, runs.Count - 1)}), {scenario.Years} years each"));
        var table = new Table { Border = Border(console) };
        table.AddColumn("metric").AddColumn(new TableColumn("mean").RightAligned()).AddColumn(new TableColumn("95% CI").RightAligned()).AddColumn(new TableColumn("n").RightAligned());
        foreach (var m in metrics)
        {
            var e = m.Estimate;
            Row(
                table,
                m.Name,
                double.IsNaN(e.Value) ? "-" : e.Value.ToString("0.####", Inv),
                double.IsNaN(e.Lower) ? "-" : $"[{e.Lower.ToString("0.####", Inv)}, {e.Upper.ToString("0.####", Inv)}]",
                e.N.ToString(Inv));
        }

        console.Write(table);
        var rate = metrics.FirstOrDefault(m => m.Name == "war_rate")?.Estimate;
        var tragic = metrics.FirstOrDefault(m => m.Name == "tragic_war_rate")?.Estimate;
        if (rate is { } r && tragic is { } t)
        {
            console.WriteLine(r.Value == 0
                ? "No replication ended in war."
                : FormattableString.Invariant($"War broke out in {r.Value * 100:0}% of replications; {t.Value * 100:0}% saw a tragic war (all belligerents security seekers)."));
        }
    }

    /// <summary>A few plain-language sentences on what happened (never more than the run shows).</summary>
    public static IEnumerable<string> Interpret(RunResult run)
    {
        var s = run.Scenario;
        if (s.Hierarchy)
        {
            yield return "An enforcer (hierarchy) stood above the states.";
        }

        if (run.Wars.Count == 0)
        {
            yield return FormattableString.Invariant($"No war in {run.Years} years.");
        }

        foreach (var w in run.Wars.Take(5))
        {
            var belligerents = w.Sides.SelectMany(x => x).ToArray();
            var when = w.End is { } end ? end == w.Start ? $"in year {end}" : $"in years {w.Start}-{end}" : $"from year {w.Start} (still going at the end)";
            var kind = belligerents.All(b => w.Motives.TryGetValue(b, out var m) && m == Motive.SecuritySeeker)
                ? "tragic war: all belligerents were security seekers"
                : w.Motives.TryGetValue(w.Initiator, out var im) && im != Motive.SecuritySeeker
                    ? $"war of {(im == Motive.Greedy ? "aggression" : "power")}: the initiator was {Snake(im).Replace('_', ' ')}"
                    : "war started by a security seeker against a state that was not one";
            var pre = w.Preemptive ? $", {w.Initiator} struck first fearing attack (preemption)" : "";
            var winner = w.Winner is { } win ? $"; {win}'s side won" : "";
            yield return FormattableString.Invariant($"War {when}: {string.Join(" + ", w.Sides[0])} vs {string.Join(" + ", w.Sides.Skip(1).SelectMany(x => x))}, started by {w.Initiator}{pre}; {kind}{winner}.");
        }

        if (run.Wars.Count > 5)
        {
            yield return FormattableString.Invariant($"... and {run.Wars.Count - 5} more wars.");
        }

        var m0 = run.Metrics;
        var prior = s.States.Average(x => x.PriorTrust);
        yield return FormattableString.Invariant($"Mean trust went from {prior:0.00} (priors) to {m0.FinalMeanTrust:0.00}; mean military burden {m0.MeanMilitaryBurden * 100:0.0}% of resources.");
        if (m0.SpiralIndex > 0 && m0.FinalMeanTrust < prior)
        {
            yield return FormattableString.Invariant($"A spiral: trust fell while arms rose (spiral index {m0.SpiralIndex:0.###}).");
        }

        if (m0.ChainGangEvents + m0.BuckPassEvents + m0.CrisisCount + m0.BackfireEvents > 0)
        {
            yield return FormattableString.Invariant($"{m0.CrisisCount} crises, {m0.ChainGangEvents} chain-ganging and {m0.BuckPassEvents} buck-passing events, {m0.BackfireEvents} deterrence backfires.");
        }
    }

    /// <summary>Adds a row of plain text (cells such as "[0.1, 0.2]" must not be read as Spectre markup).</summary>
    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => new Text(c)).ToArray());

    private static string Snake(Enum e) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(e.ToString());

    private static string Num(double? x, string format = "0.#") => x is { } v ? v.ToString(format, Inv) : "-";

    private static string Pct(double? x) => x is { } v ? (v * 100).ToString("0.0", Inv) + "%" : "-";
}
