using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Cli.Output;
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
        var plain = RunConsole.IsPlain();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (Console.IsOutputRedirected)
        {
            // No terminal to measure: COLUMNS when set (as shells export it), else wide enough for one table.
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns >= 40 ? columns : 400;
        }

        // The metric columns are split over several tables so that each fits the terminal: an interval is never wrapped.
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        var keys = summary.Points.Select(point => new List<string> { point.PointId.ToString(ci) }
            .Concat(summary.ParameterNames.Select(p => Summarizer.FormatParameter(point.Parameters[p])))
            .Append(point.Runs.ToString(ci)).ToList()).ToList();
        var keyNames = new List<string> { "point" }.Concat(summary.ParameterNames).Append("runs").ToList();
        int Width(string header, IEnumerable<string> cells) => cells.Append(header).Max(c => c.Length) + 3;
        var keyWidth = keyNames.Select((k, i) => Width(k, keys.Select(row => row[i]))).Sum() + 1;
        var title = $"{summary.Sweep}: {summary.StoredRuns:N0} of {summary.TotalRuns:N0} runs{(summary.Complete ? "" : " (incomplete)")}; mean or proportion [95% CI]";
        var chunk = new List<string>();
        var used = keyWidth;
        void Flush()
        {
            var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded, Title = new TableTitle(Markup.Escape(title)) };
            foreach (var k in keyNames.Concat(chunk))
            {
                table.AddColumn(new TableColumn(Markup.Escape(k)).NoWrap());
            }

            for (var i = 0; i < summary.Points.Count; i++)
            {
                var point = summary.Points[i];
                table.AddRow([.. keys[i].Concat(chunk.Select(m => Summarizer.Format(point.Metrics[m]))).Select(Markup.Escape)]);
            }

            console.Write(table);
            chunk.Clear();
            used = keyWidth;
        }

        foreach (var m in metrics)
        {
            var w = Width(m, summary.Points.Select(point => Summarizer.Format(point.Metrics[m])));
            if (chunk.Count > 0 && used + w > console.Profile.Width)
            {
                Flush();
            }

            chunk.Add(m);
            used += w;
        }

        Flush();
        return ExitCodes.Ok;
    }
}
