using System.CommandLine;
using System.Text.Json;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Cli.Output;
using SecurityDilemma.IO;
using SecurityDilemma.Reports.Html;
using SecurityDilemma.Reports.Runs;
using SecurityDilemma.Reports.Sweeps;
using SecurityDilemma.Reports.Theme;
using SecurityDilemma.Reports.Tournaments;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma report INPUT... --out report.html</c>: one self-contained HTML page (figures embedded, no network) for a
/// run directory, a sweep database, a tournament's JSON, or one or more Moran processes' JSON.
/// </summary>
internal static class ReportCommand
{
    private const string Expected = "a run directory (dilemma run --out DIR), a sweep database (.duckdb), the JSON of 'dilemma tournament --json', or one or more JSON files of 'dilemma tournament moran --json'";

    public static Command Create()
    {
        var input = new Argument<string[]>("input") { Description = "A run directory, a sweep database (.duckdb), tournament JSON, or Moran JSON files (docs/plots.md)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The report: FILE.html", Required = true };
        var diagnosis = new Option<string?>("--diagnosis") { Description = "The JSON of 'dilemma diagnose INPUT --json' for the same run or sweep: adds the diagnosis section" };
        var command = new Command("report", "Write one self-contained HTML report (summary tables and figures; for a run also the scenario and the event and crisis logs) for a run directory, a sweep database, a tournament or Moran processes.");
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(diagnosis);
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var path = pr.GetValue(output)!;
            if (!Path.GetExtension(path).Equals(".html", StringComparison.OrdinalIgnoreCase))
            {
                throw new InputException("--out", null, null, "", $"'{path}' does not end in .html", "a file name ending in .html");
            }

            OutputPath.CheckWritable(path, "--out");
            var report = Build(pr.GetValue(input) ?? [], pr.GetValue(diagnosis), pr.GetValue(DilemmaApp.Quiet));
            AtomicFile.WriteAllText(path, report.Render());
            Console.Out.WriteLine($"wrote {path} ({string.Join(", ", report.SectionIds)})");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>What a report input is.</summary>
    private enum InputKind
    {
        Run,
        Sweep,
        Tournament,
        Moran,
    }

    /// <summary>Reads every input (all of them before any figure is drawn) and builds the report, showing its progress.</summary>
    private static HtmlReport Build(string[] sources, string? diagnosisFile, bool quiet)
    {
        var kinds = sources.Select(s => (Source: s, Kind: Classify(s))).ToArray();
        if (kinds.Length > 1 && kinds.Any(k => k.Kind != InputKind.Moran))
        {
            var odd = kinds.First(k => k.Kind != InputKind.Moran);
            throw new InputException(odd.Source, null, null, "", $"is a {odd.Kind.ToString().ToLowerInvariant()} input among {kinds.Length} inputs", "one input, or several Moran JSON files (one report of them all)");
        }

        var (source, kind) = kinds[0];
        if (diagnosisFile is not null && kind is not (InputKind.Run or InputKind.Sweep))
        {
            throw new InputException("--diagnosis", null, null, "", $"given with a {kind.ToString().ToLowerInvariant()} input", "--diagnosis only with a run directory or a sweep database (what 'dilemma diagnose' reads)");
        }

        switch (kind)
        {
            case InputKind.Run:
                var run = RunOutput.Load(source);
                var runDiagnosis = diagnosisFile is null ? (JsonElement?)null : DiagnosisSection.Load(diagnosisFile, "--diagnosis", RunReportBuilder.Identity(run));
                return ProgressReporter.Run($"report {run.Scenario}", "figures", RunReportBuilder.Figures(run).Count, quiet, p => RunReportBuilder.Build(run, p.Advance, runDiagnosis));
            case InputKind.Sweep:
                var results = SweepResults.Load(source);
                var sweepDiagnosis = diagnosisFile is null ? (JsonElement?)null : DiagnosisSection.Load(diagnosisFile, "--diagnosis", SweepReportBuilder.Identity(results));
                return ProgressReporter.Run($"report {results.Summary.Sweep}", "figures", SweepReportBuilder.Figures(results).Count, quiet, p => SweepReportBuilder.Build(results, p.Advance, sweepDiagnosis));
            case InputKind.Tournament:
                var tournament = TournamentRecord.Load(source);
                return ProgressReporter.Run("report tournament", "figures", TournamentReportBuilder.Figures(tournament).Count, quiet, p => TournamentReportBuilder.Build(tournament, p.Advance));
            default:
                MoranRun[] runs = [.. sources.Select(MoranRun.FromJson)];
                return ProgressReporter.Run("report moran", "figures", MoranReportBuilder.Figures(runs).Count, quiet, p => MoranReportBuilder.Build(runs, p.Advance));
        }
    }

    /// <summary>A directory is a run; a JSON document is a tournament or Moran output by its fields; any other file is taken for a sweep database.</summary>
    private static InputKind Classify(string source)
    {
        if (Directory.Exists(source))
        {
            return InputKind.Run;
        }

        if (!File.Exists(source))
        {
            throw new InputException(source, null, null, "", "no such file or directory", Expected);
        }

        if (!LooksLikeJson(source))
        {
            return InputKind.Sweep;
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(File.ReadAllText(source)).RootElement;
        }
        catch (JsonException e)
        {
            throw new InputException(source, (int?)(e.LineNumber + 1), (int?)(e.BytePositionInLine + 1), "", $"is not valid JSON ({e.Message.Split('.')[0]})", Expected);
        }

        return TournamentRecord.Recognizes(root) ? InputKind.Tournament
            : MoranRun.Recognizes(root) ? InputKind.Moran
            : throw new InputException(source, null, null, "", "is JSON but neither a tournament's (no 'pairwise' and 'ranking') nor a Moran process's (no 'strategies' and 'history')", Expected);
    }

    /// <summary>Whether the file's first non-blank character opens a JSON object (a DuckDB file starts with binary data).</summary>
    private static bool LooksLikeJson(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[256];
        var read = reader.Read(buffer, 0, buffer.Length);
        return buffer.AsSpan(0, read).TrimStart().StartsWith("{");
    }
}
