using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Experiments.Results;
using Spectre.Console;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma summarize DB [--json]</c>: per-point means and proportions with 95% confidence intervals.</summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var db = new Argument<string>("database") { Description = "Results database written by 'dilemma sweep' or 'dilemma merge'." };
        var json = new Option<bool>("--json") { Description = "Print JSON (snake_case) instead of a table." };
        var metrics = new Option<string[]>("--metrics", "-m") { Description = "Only these metrics (default: all stored).", AllowMultipleArgumentsPerToken = true };
        var export = new Option<string[]>("--export")
        {
            Description = "Also export the database's tables as FORMAT (parquet or csv) into DIR, ordered by run id.",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
            HelpName = "parquet|csv DIR",
        };
        var command = new Command("summarize", "Summarize a results database: per-point estimates with 95% confidence intervals (Wilson for rates).");
        command.Arguments.Add(db);
        command.Options.Add(json);
        command.Options.Add(metrics);
        command.Options.Add(export);
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            if (pr.GetValue(export) is { Length: 2 } x)
            {
                Exporter.CheckTarget(x[0], x[1]);
            }

            var code = Execute(pr.GetValue(db)!, pr.GetValue(json), pr.GetValue(metrics) ?? []);
            if (pr.GetValue(export) is { Length: 2 } e)
            {
                var files = Exporter.Export(pr.GetValue(db)!, e[0], e[1]);
                Console.Error.WriteLine($"exported {string.Join(", ", files)}");
            }

            return code;
        }));
        return command;
    }

    private static int Execute(string db, bool json, string[] only)
    {
        var summary = Summarizer.Summarize(db);
        foreach (var m in only)
        {
            if (!summary.MetricNames.Contains(m))
            {
                throw new InputException("--metrics", null, null, "", $"'{m}' is not stored in {db}", $"one of {string.Join(", ", summary.MetricNames)}");
            }
        }

        var metrics = only.Length > 0 ? summary.MetricNames.Where(only.Contains).ToList() : summary.MetricNames;
        if (json)
        {
            Json.Write(Console.Out, summary with
            {
                MetricNames = metrics,
                Points = summary.Points.Select(p => p with { Metrics = p.Metrics.Where(kv => metrics.Contains(kv.Key)).ToDictionary() }).ToList(),
            });
            return ExitCodes.Ok;
        }

        // Redirected output has no terminal width; Spectre would squeeze the table into 80 columns.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 400;
        }

        var table = new Table { Border = Console.IsOutputRedirected ? TableBorder.Ascii : TableBorder.Rounded };
        table.Title = new TableTitle(Markup.Escape($"{summary.Sweep}: {summary.StoredRuns:N0} of {summary.TotalRuns:N0} runs{(summary.Complete ? "" : " (incomplete)")}; mean or proportion [95% CI]"));
        table.AddColumn("point");
        foreach (var p in summary.ParameterNames)
        {
            table.AddColumn(Markup.Escape(p));
        }

        table.AddColumn("runs");
        foreach (var m in metrics)
        {
            table.AddColumn(Markup.Escape(m));
        }

        foreach (var point in summary.Points)
        {
            var cells = new List<string> { point.PointId.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            cells.AddRange(summary.ParameterNames.Select(p => Summarizer.FormatParameter(point.Parameters[p])));
            cells.Add(point.Runs.ToString(System.Globalization.CultureInfo.InvariantCulture));
            cells.AddRange(metrics.Select(m => Summarizer.Format(point.Metrics[m])));
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
        return ExitCodes.Ok;
    }
}
