using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Cli.Output;
using SecurityDilemma.IO;
using SecurityDilemma.Reports.Html;
using SecurityDilemma.Reports.Runs;
using SecurityDilemma.Reports.Sweeps;
using SecurityDilemma.Reports.Theme;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma report INPUT --out report.html</c>: one self-contained HTML page (figures embedded, no network) for a run
/// directory or a sweep database.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A run directory (dilemma run --out DIR) or a sweep database (.duckdb)" };
        var output = new Option<string>("--out", "-o") { Description = "The report: FILE.html", Required = true };
        var command = new Command("report", "Write one self-contained HTML report (scenario, summary, figures, event and crisis logs) for a run directory or a sweep database.");
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var path = pr.GetValue(output)!;
            if (!Path.GetExtension(path).Equals(".html", StringComparison.OrdinalIgnoreCase))
            {
                throw new InputException("--out", null, null, "", $"'{path}' does not end in .html", "a file name ending in .html");
            }

            OutputPath.CheckWritable(path, "--out");
            var source = pr.GetValue(input)!;
            var quiet = pr.GetValue(DilemmaApp.Quiet);
            HtmlReport report;
            if (Directory.Exists(source))
            {
                var run = RunOutput.Load(source);
                report = ProgressReporter.Run($"report {run.Scenario}", "figures", RunReportBuilder.Figures(run).Count, quiet, p => RunReportBuilder.Build(run, p.Advance));
            }
            else if (File.Exists(source))
            {
                var results = SweepResults.Load(source);
                report = ProgressReporter.Run($"report {results.Summary.Sweep}", "figures", SweepReportBuilder.Figures(results).Count, quiet, p => SweepReportBuilder.Build(results, p.Advance));
            }
            else
            {
                throw new InputException(source, null, null, "", "no such file or directory", "a run directory (dilemma run --out DIR) or a sweep database (.duckdb)");
            }

            AtomicFile.WriteAllText(path, report.Render());
            Console.Out.WriteLine($"wrote {path} ({string.Join(", ", report.SectionIds)})");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
