using System.Globalization;
using SecurityDilemma.Analysis.Attribution;
using SecurityDilemma.Analysis.Diagnosis;
using SecurityDilemma.Analysis.Lenses;
using SecurityDilemma.Models.Statistics;
using Spectre.Console;

namespace SecurityDilemma.Cli.Output;

/// <summary>Human output of diagnose, explain and lenses: tables plus plain lines (ASCII when redirected).</summary>
internal static class DiagnosisConsole
{
    public static void Run(IAnsiConsole console, DiagnosisReport r)
    {
        console.WriteLine($"Diagnosis of {r.Source}: scenario {r.Scenario}, seed {r.Seed}{(r.Lens is null ? "" : $", lens {r.Lens}")}; counterfactual aspects over {r.Replications} replicates");
        Table(console, r.Aspects);
        Fit(console, r.Fit, r.BestFit);
        var s = r.StageGames;
        console.WriteLine($"Stage games: {s.DyadYears} peacetime dyad-years; behaviour matched the one-shot prediction in {Ci(s.MatchRate)}; armed against the prediction {s.ArmedAgainstPrediction}, restrained against it {s.RestrainedAgainstPrediction}");
        foreach (var g in s.ByGame)
        {
            console.WriteLine($"  {g.Game}: {g.DyadYears} dyad-years, matched {F(g.MatchRate)}");
        }

        foreach (var m in s.Examples)
        {
            console.WriteLine($"  year {m.Year} {m.Observer} vs {m.Target} ({m.Game}, belief {F(m.Belief)}, q* {(m.Threshold is { } q ? F(q) : "n/a")}): predicted {m.Predicted}, played {m.Played}: {m.Reason}");
        }
    }

    public static void Sweep(IAnsiConsole console, SweepDiagnosisReport r)
    {
        console.WriteLine($"Diagnosis of sweep '{r.Sweep}' in {r.Source}: {r.Points.Count} points x {r.Replications} replications; swept: {string.Join(", ", r.Parameters)}");
        Table(console, r.Aspects);
        Fit(console, r.Fit, r.BestFit);
    }

    public static void Explain(IAnsiConsole console, AttributionReport r)
    {
        var w = r.War;
        console.WriteLine($"War {r.WarNumber}: {w.Initiator} against {r.Target}, from year {w.Start}{(w.Preemptive ? " (preemptive)" : "")}; motives {string.Join(", ", w.Motives.Select(m => $"{m.Key} {m.Value}"))}");
        console.WriteLine($"Over {r.Replications} replicates (seeds {r.FirstSeed}..{r.LastSeed}, common random numbers): war rate {Ci(r.BaselineWarRate)} as run, {Ci(r.AllNeutralizedWarRate)} with every regulator neutralized; total effect {Ci(r.TotalEffect)}");
        var table = new Table().Border(TableBorder.Ascii).AddColumns("regulator", "kind", "war rate alone neutralized", "share of wars averted", "averts this war", "Shapley value", "share of total");
        foreach (var e in r.Regulators)
        {
            AddRow(table, e.Name, e.Kind, Ci(e.WarRate), Ci(e.AvertedShare), e.AvertsInThisRun ? "yes" : "no", Ci(e.Shapley), e.ShapleyShare is { } s ? F(s) : "n/a");
        }

        console.Write(table);
        console.WriteLine($"Shapley values sum to {F(r.ShapleySum)} (the total effect). Main cause: {(r.MainCauses.Count == 0 ? "none (no regulator's neutralization averts the war)" : string.Join(" and ", r.MainCauses) + (r.MainCauses.Count > 1 ? " (not told apart: their paired Shapley differences have 95% intervals reaching zero)" : ""))}{(r.MainCauseLead is { } lead ? $", ahead of {lead.Over} by {Ci(lead.Difference)} (paired replicates)" : "")}");
        foreach (var u in r.Unavailable)
        {
            console.WriteLine($"Not neutralized: {u.Name} ({u.Reason})");
        }
    }

    public static void Lenses(IAnsiConsole console, LensComparison c)
    {
        console.WriteLine($"Scenario {c.Scenario} under each lens: {c.Replications} replicates per lens, seeds {c.FirstSeed}.. (the same seeds for every lens); 95% intervals");
        var table = new Table().Border(TableBorder.Ascii).AddColumns("lens", "war rate", "wars per run", "first war year", "tragic war rate", "mean military burden", "final mean trust");
        foreach (var o in c.Outcomes)
        {
            AddRow(table, o.Lens, Ci(o.WarRate), Ci(o.WarsPerRun), Ci(o.FirstWarYear), Ci(o.TragicWarRate), Ci(o.MeanMilitaryBurden), Ci(o.FinalMeanTrust));
        }

        console.Write(table);
        console.WriteLine(c.Divergences.Count == 0 ? "No two lenses' wars per run differ beyond their intervals." : "Where the lenses diverge (wars per run, A minus B, interval excludes zero):");
        foreach (var d in c.Divergences)
        {
            console.WriteLine($"  {d.A} - {d.B}: {Ci(d.Difference)}");
        }
    }

    private static void Table(IAnsiConsole console, IReadOnlyList<AspectFinding> aspects)
    {
        var table = new Table().Border(TableBorder.Ascii).AddColumns("#", "aspect", "model's verdict", "Butterfield", "Herz", "Jervis");
        var i = 0;
        foreach (var a in aspects)
        {
            i++;
            AddRow(table, i.ToString(CultureInfo.InvariantCulture), a.Aspect, a.Verdict, Mark(a.Butterfield, a, "butterfield"), Mark(a.Herz, a, "herz"), Mark(a.Jervis, a, "jervis"));
        }

        console.Write(table);
        console.WriteLine("(* = the scholar's position matches the model's verdict)");
        i = 0;
        foreach (var a in aspects)
        {
            console.WriteLine($"{++i}. {a.Aspect}: {a.Evidence}");
        }
    }

    private static void Fit(IAnsiConsole console, IReadOnlyList<ScholarFit> fit, IReadOnlyList<string> best)
    {
        console.WriteLine("Fit: " + string.Join(", ", fit.Select(f => $"{f.Scholar} {f.Matches}/{f.Compared}")) + $"; best fit: {(best.Count == 0 ? "none (nothing decided)" : string.Join(" and ", best))}");
    }

    private static string Mark(ScholarPosition p, AspectFinding a, string scholar)
        => (p.Verdict ?? "no position") + (a.Fits.Contains(scholar) ? " *" : "");

    /// <summary>Adds a row of plain texts (intervals hold brackets, which Spectre would read as markup).</summary>
    private static void AddRow(Table table, params string[] cells) => table.AddRow([.. cells.Select(Markup.Escape)]);

    private static string Ci(Estimate e) => double.IsFinite(e.Lower) ? $"{F(e.Value)} [{F(e.Lower)}, {F(e.Upper)}]" : F(e.Value);

    private static string F(double x) => double.IsFinite(x) ? x.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";
}
