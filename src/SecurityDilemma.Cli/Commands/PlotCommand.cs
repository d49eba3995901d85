using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Models.ArmsRace;
using SecurityDilemma.Reports.FormalModels;
using SecurityDilemma.Reports.Runs;
using SecurityDilemma.Reports.Sweeps;
using SecurityDilemma.Reports.Theme;
using SecurityDilemma.Reports.Tournaments;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma plot KIND INPUT... --out FILE.png|svg</c>: one figure from what other commands wrote (a run directory, a
/// sweep database, tournament and Moran JSON, a matches CSV, an arms CSV). Every input is checked before drawing;
/// the figure is written whole or not at all.
/// </summary>
internal static class PlotCommand
{
    /// <summary>A plot kind: what it draws, what it reads, and how.</summary>
    private sealed record Kind(string Name, string Input, string Description, Func<Request, Figure> Draw);

    private sealed record Request(string[] Inputs, string? Metric, string? X, string? Y, string? Facet, string? Group, string? State, long? Point);

    private static readonly Kind[] Kinds =
    [
        new("run-forces", "RUN_DIR", "offensive and defensive forces of each state; wars shaded, crises marked", q => RunPlots.Forces(Run(q))),
        new("run-series", "RUN_DIR", "one series column (--metric, default military_burden) per state over the years", q => RunPlots.Series(Run(q), q.Metric ?? "military_burden")),
        new("run-trust", "RUN_DIR", "trust of each observer toward each other state (--state: one observer)", q => RunPlots.Trust(Run(q), q.State)),
        new("run-threat", "RUN_DIR", "threat each party perceived at the start of each crisis", q => RunPlots.Threat(Run(q))),
        new("run-alliances", "RUN_DIR", "alliances and guarantees as a timeline, wars shaded", q => RunPlots.Alliances(Run(q))),
        new("run-band", "SWEEP.duckdb", "mean and 95% band of a series column (--metric, default offense) over the replications of one point (--point; needs series: true)", q => SweepSeries.Band(Single(q), q.Metric ?? "offense", q.Point)),
        new("sweep-heatmap", "SWEEP.duckdb", "a metric (--metric) over two parameters (--x, --y; default the first two varied)", q => Sweep(q, (r, m) => SweepPlots.Heatmap(r, m, r.Parameter(q.X, 0, "--x"), r.Parameter(q.Y, 1, "--y")))),
        new("sweep-lines", "SWEEP.duckdb", "a metric over one parameter (--x) with 95% bands, one line per value of --group", q => Sweep(q, (r, m) => SweepPlots.Lines(r, m, r.Parameter(q.X, 0, "--x"), q.Group is null ? null : r.Parameter(q.Group, 1, "--group")))),
        new("sweep-facets", "SWEEP.duckdb", "small multiples: one heatmap over --x, --y per value of --facet (default the third varied)", q => Sweep(q, (r, m) => SweepPlots.SmallMultiples(r, m, r.Parameter(q.X, 0, "--x"), r.Parameter(q.Y, 1, "--y"), r.Parameter(q.Facet, 2, "--facet")))),
        new("tournament-scores", "TOURNAMENT.json|MATCHES.csv", "score boxplots in rank order, from 'dilemma tournament --json' or '--matches FILE'", TournamentScores),
        new("tournament-payoffs", "TOURNAMENT.json", "payoff matrix heatmap, from 'dilemma tournament --json'", q => TournamentPlots.PayoffMatrix(PairwiseTable.FromJson(Existing(Single(q))))),
        new("tournament-wins", "TOURNAMENT.json", "win-count heatmap, from 'dilemma tournament --json'", q => TournamentPlots.WinMatrix(PairwiseTable.FromJson(Existing(Single(q))))),
        new("moran", "MORAN.json", "population over time, from 'dilemma tournament moran --json'", q => TournamentPlots.MoranPopulation(MoranRun.FromJson(Existing(Single(q))))),
        new("moran-fixation", "MORAN.json...", "fixation probabilities with 95% Wilson intervals over several Moran runs", q => TournamentPlots.Fixation([.. q.Inputs.Select(f => MoranRun.FromJson(Existing(f)))])),
        new("richardson-phase", "ARMS.csv", "phase diagram: nullclines, equilibrium, the fitted model's path and the data (--x, --y: columns)", Richardson),
    ];

    /// <summary>The names of the plot kinds, in the order of the help text.</summary>
    internal static IEnumerable<string> KindNames => Kinds.Select(k => k.Name);

    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "What to draw: " + string.Join(", ", Kinds.Select(k => k.Name)) + " (docs/plots.md)" };
        var inputs = new Argument<string[]>("input") { Description = "What to draw it from (a run directory, a sweep database, a JSON or CSV file; see docs/plots.md)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The figure: FILE.png or FILE.svg", Required = true };
        var metric = new Option<string?>("--metric", "-m") { Description = "Metric of a sweep, or series column of a run" };
        var x = new Option<string?>("--x") { Description = "Parameter on the x axis (sweeps) or the first side's column (richardson-phase)" };
        var y = new Option<string?>("--y") { Description = "Parameter on the y axis (sweeps) or the second side's column (richardson-phase)" };
        var facet = new Option<string?>("--facet") { Description = "Parameter that splits sweep-facets into panels" };
        var group = new Option<string?>("--group") { Description = "Parameter that splits sweep-lines into lines" };
        var state = new Option<string?>("--state") { Description = "Only this observer (run-trust)" };
        var point = new Option<long?>("--point") { Description = "Sweep point_id for run-band (default: the first point)" };
        var width = new Option<int?>("--width") { Description = $"Figure width in pixels ({MinSize} to {MaxSize}; default depends on the kind)" };
        var height = new Option<int?>("--height") { Description = $"Figure height in pixels ({MinSize} to {MaxSize}; default depends on the kind)" };
        var command = new Command("plot", "Draw a figure (PNG or SVG) from a run directory, a sweep database, tournament or Moran output, or arms data. Kinds: " + string.Join(", ", Kinds.Select(k => k.Name)) + ".");
        command.Arguments.Add(kind);
        command.Arguments.Add(inputs);
        foreach (var o in new Option[] { output, metric, x, y, facet, group, state, point, width, height })
        {
            command.Options.Add(o);
        }

        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var name = pr.GetValue(kind)!;
            var chosen = Kinds.FirstOrDefault(k => k.Name == name)
                ?? throw new InputException("dilemma plot", null, null, "", $"unknown plot kind '{name}'", "one of " + string.Join(", ", Kinds.Select(k => k.Name)));
            var path = pr.GetValue(output)!;
            FigureFile.CheckTarget(path, "--out");
            var w = Size(pr.GetValue(width), "--width");
            var h = Size(pr.GetValue(height), "--height");
            var request = new Request(pr.GetValue(inputs) ?? [], pr.GetValue(metric), pr.GetValue(x), pr.GetValue(y), pr.GetValue(facet), pr.GetValue(group), pr.GetValue(state), pr.GetValue(point));
            var figure = chosen.Draw(request);
            if (w is not null || h is not null)
            {
                figure = figure.Resized(w ?? figure.Width, h ?? figure.Height);
            }

            FigureFile.Save(figure, path);
            Console.Out.WriteLine($"wrote {path} ({chosen.Name}: {figure.Title})");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private const int MinSize = 200;

    private const int MaxSize = 4000;

    private static int? Size(int? pixels, string option) => pixels is null or (>= MinSize and <= MaxSize)
        ? pixels
        : throw new InputException(option, null, null, "", $"{pixels} pixels", $"{MinSize} to {MaxSize} pixels");

    private static string Single(Request q) => q.Inputs.Length == 1
        ? q.Inputs[0]
        : throw new InputException("dilemma plot", null, null, "", $"{q.Inputs.Length} inputs given", "one input for this plot kind");

    private static string Existing(string path) => File.Exists(path)
        ? path
        : throw new InputException(path, null, null, "", "no such file", "an existing file");

    private static RunOutput Run(Request q) => RunOutput.Load(Single(q));

    private static Figure Sweep(Request q, Func<SweepResults, string, Figure> draw)
    {
        var results = SweepResults.Load(Single(q));
        return draw(results, results.Metric(q.Metric));
    }

    /// <summary>The boxplots from a tournament's JSON (which carries each strategy's per-repetition scores) or its matches file.</summary>
    private static Figure TournamentScores(Request q)
    {
        var file = Existing(Single(q));
        if (!Path.GetExtension(file).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return TournamentPlots.ScoreBoxplots(StrategyScores.FromMatches(TidyTable.Read(file)), Path.GetFileName(file));
        }

        var tournament = TournamentRecord.Load(file);
        var scores = tournament.Scores
            ?? throw new InputException(file, null, null, "ranking[].scores", "missing (written before 'dilemma tournament --json' carried per-repetition scores)", "a file written by the current 'dilemma tournament --json', or its --matches file");
        return TournamentPlots.ScoreBoxplots(scores, tournament.Pairwise.Subtitle);
    }

    private static Figure Richardson(Request q)
    {
        var file = Single(q);
        var data = ArmsCsv.Read(file, q.X ?? throw Missing("--x"), q.Y ?? throw Missing("--y"), null);
        var fit = RichardsonFit.Fit(data);
        if (fit.Full is null)
        {
            throw new InputException(file, null, null, "", $"the two-equation fit is not available ({fit.FullUnavailable})", "at least five years of data");
        }

        var model = fit.Full.Model;
        var duration = data.Years[^1] - data.Years[0];
        var path = model.Simulate(data.X[0], data.Y[0], duration > 0 ? duration : 1, 200);
        var title = $"Richardson phase diagram, fitted to {Path.GetFileName(file)} ({data.Years[0]:0}-{data.Years[^1]:0})";
        return RichardsonPhasePlot.Build(model, path, title, data.XName, data.YName, data.X, data.Y);
    }

    private static InputException Missing(string option) => new(option, null, null, "", "missing", $"{option} COLUMN for richardson-phase");
}
