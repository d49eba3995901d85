using System.CommandLine;
using System.Globalization;
using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Analysis.Lenses;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Cli.Output;
using SecurityDilemma.Engine;
using SecurityDilemma.IO;
using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma run FILE [--seed N] [--years T] [--set P=V]... [--replications R] [--threads N] [--out DIR] [--format csv|parquet] [--json]</c>.
/// Every input is checked before any work; outputs appear only when the run succeeded.
/// </summary>
internal static class RunCommand
{
    private static readonly (string Name, string Type)[] SeriesTypes =
    [
        ("year", "INTEGER"), ("state", "VARCHAR"), ("resources", "DOUBLE"), ("offense", "DOUBLE"), ("defense", "DOUBLE"),
        ("budget_share", "DOUBLE"), ("military_burden", "DOUBLE"), ("security", "DOUBLE"), ("mean_trust_held", "DOUBLE"), ("at_war", "BOOLEAN"),
    ];

    private static readonly (string Name, string Type)[] TrustTypes = [("year", "INTEGER"), ("observer", "VARCHAR"), ("target", "VARCHAR"), ("trust", "DOUBLE")];

    private static readonly (string Name, string Type)[] EventTypes = [("year", "INTEGER"), ("kind", "VARCHAR"), ("states", "VARCHAR"), ("detail", "VARCHAR")];

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Scenario file (YAML, docs/scenario-format.md), e.g. scenarios/spiral.yaml" };
        var seed = new Option<ulong?>("--seed", "-s") { Description = "Seed of the run (the first seed with --replications); same as --set seed=N" };
        var years = new Option<int?>("--years", "-y") { Description = $"Years to simulate (1 to {Limits.MaxYears}); same as --set years=T" };
        var set = ScenarioInput.SetOption();
        var replications = new Option<int>("--replications", "-r") { Description = $"Run seeds seed..seed+R-1 and report each metric's mean with a 95% CI (1 to {Limits.MaxReplications})", DefaultValueFactory = _ => 1 };
        var threads = new Option<int?>("--threads") { Description = $"Worker threads for replications (1 to {Limits.MaxThreads}; default: all cores). Results do not depend on it" };
        var output = new Option<string?>("--out", "-o") { Description = "Write series.csv, trust.csv, events.csv and run.json (runs.csv with --replications) to this new or empty directory" };
        var format = new Option<string>("--format") { Description = "Table format under --out: csv or parquet", DefaultValueFactory = _ => "csv" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (scenario, seed, years, wars, metrics, alliances, crises) instead of tables" };
        var lens = LensOption.Create();
        var command = new Command("run", "Run a scenario: a summary table (or --json), optional tidy time series and event log (--out), replications with confidence intervals.");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { seed, years, set, replications, threads, output, format, json, lens })
        {
            command.Options.Add(o);
        }

        command.SetAction((pr, cancellation) => Task.FromResult(CommandRunner.Guard(Console.Error, () => Execute(new Request(
            pr.GetValue(file)!,
            pr.GetValue(seed),
            pr.GetValue(years),
            pr.GetValue(set) ?? [],
            pr.GetValue(replications),
            pr.GetValue(threads),
            pr.GetValue(output),
            pr.GetValue(format) ?? "csv",
            pr.GetValue(json),
            pr.GetValue(DilemmaApp.Quiet), pr.GetValue(lens)), cancellation))));
        return command;
    }

    private sealed record Request(string File, ulong? Seed, int? Years, string[] Sets, int Replications, int? Threads, string? Out, string Format, bool Json, bool Quiet, string? Lens);

    private static int Execute(Request q, CancellationToken cancellation)
    {
        // 1. Check every input before doing any work or creating any file.
        var replications = LimitOverrides.Get(LimitOverrides.RunReplications, Limits.MaxReplications);
        if (q.Replications < 1 || q.Replications > replications)
        {
            throw new InputException("--replications", null, null, "", $"{q.Replications} is out of range", $"a whole number from 1 to {replications} ({LimitOverrides.Hint(LimitOverrides.RunReplications)})");
        }

        if (q.Threads is < 1 or > Limits.MaxThreads)
        {
            throw new InputException("--threads", null, null, "", $"{q.Threads} is out of range", $"a whole number from 1 to {Limits.MaxThreads}");
        }

        var years = LimitOverrides.Get(LimitOverrides.Years, Limits.MaxYears);
        if (q.Years < 1 || q.Years > years)
        {
            throw new InputException("--years", null, null, "", $"{q.Years} is out of range", $"a whole number from 1 to {years} ({LimitOverrides.Hint(LimitOverrides.Years)})");
        }

        if (q.Format is not ("csv" or "parquet"))
        {
            throw new InputException("--format", null, null, "", $"unknown format '{q.Format}'", "csv or parquet");
        }

        var extra = new List<ParameterOverride>();
        if (q.Seed is { } s)
        {
            extra.Add(new ParameterOverride("seed", s.ToString(CultureInfo.InvariantCulture)));
        }

        if (q.Years is { } y)
        {
            extra.Add(new ParameterOverride("years", y.ToString(CultureInfo.InvariantCulture)));
        }

        // A lens's overrides come first, so --set can still change what it sets.
        List<ParameterOverride> overrides = [.. LensOption.Overrides(q.Lens), .. q.Sets.Select(ParameterOverride.Parse), .. extra];
        var scenario = ScenarioDocument.Load(q.File).With(overrides).Build();
        if (q.Out is { } dir)
        {
            OutputDirectory.Check(dir);
        }

        // 2. Run, writing outputs into a temporary directory that is moved into place only at the end.
        using var outDir = q.Out is { } target ? OutputDirectory.Begin(target) : null;
        var document = q.Replications == 1
            ? RunOnce(scenario, q, outDir)
            : RunReplications(scenario, q, outDir, cancellation);
        if (outDir is not null)
        {
            AnalysisOutput.WriteInput(outDir.Temp, q.File, overrides, q.Lens);
            AtomicFile.WriteAllText(outDir.PathOf("run.json"), Serialize(document));
            outDir.Commit();
        }

        if (q.Json)
        {
            Console.Out.Write(Serialize(document));
        }

        return ExitCodes.Ok;
    }

    private static Dictionary<string, object?> RunOnce(Scenario scenario, Request q, OutputDirectory? outDir)
    {
        var final = new FinalStateRecorder(scenario.States.Count, RunReport.Needs);
        RunResult result;
        if (outDir is null)
        {
            result = Simulation.Run(scenario, scenario.Seed, final);
        }
        else
        {
            var evidence = new EvidenceRecorder();
            using (var csv = new CsvRunRecorder(outDir.Temp, [.. scenario.States.Select(st => st.Name)]))
            {
                result = Simulation.Run(scenario, scenario.Seed, new RecorderFanOut(final, csv, evidence));
            }

            AnalysisOutput.WriteStageGames(outDir.Temp, scenario, evidence);

            if (q.Format == "parquet")
            {
                ParquetExport.Convert(outDir.PathOf("series.csv"), SeriesTypes);
                ParquetExport.Convert(outDir.PathOf("trust.csv"), TrustTypes);
                ParquetExport.Convert(outDir.PathOf("events.csv"), EventTypes);
            }
        }

        if (!q.Json)
        {
            RunConsole.Single(RunConsole.Create(), result, final);
        }

        return RunReport.Single(result, final);
    }

    /// <summary>The DuckDB type of each metric in <see cref="RunMetrics.Names"/> order, shared with the sweep database.</summary>
    private static readonly string[] MetricTypes = [.. RunMetrics.Names.Select(SecurityDilemma.Experiments.Results.ResultsSchema.SqlType)];

    private static Dictionary<string, object?> RunReplications(Scenario scenario, Request q, OutputDirectory? outDir, CancellationToken cancellation)
    {
        var runs = ProgressReporter.Run($"run {scenario.Name}", "replications", q.Replications, q.Quiet, p => Replications.Run(
            scenario, scenario.Seed, q.Replications, q.Threads ?? 0, cancellation, (s, seed) =>
            {
                var result = Simulation.Run(s, seed);
                p.Advance();
                return result;
            }));
        var metrics = ReplicationSummary.Summarize(runs);
        if (outDir is not null)
        {
            var path = outDir.PathOf("runs.csv");
            using (var csv = CsvTableWriter.ToFile(path, ["replicate", "seed", .. RunMetrics.Names]))
            {
                for (var i = 0; i < runs.Length; i++)
                {
                    csv.Integer(i).Integer(runs[i].Seed);
                    var values = runs[i].Metrics.ToArray();
                    for (var m = 0; m < values.Length; m++)
                    {
                        // One type per metric, as the sweep database stores it: yes/no metrics as true/false, counts as integers.
                        var v = values[m];
                        _ = double.IsNaN(v) ? csv.Text(null) : MetricTypes[m] switch
                        {
                            "BOOLEAN" => csv.Boolean(v != 0),
                            "INTEGER" => csv.Integer((long)v),
                            _ => csv.Number(v),
                        };
                    }

                    csv.EndRow();
                }
            }

            if (q.Format == "parquet")
            {
                ParquetExport.Convert(path, [("replicate", "INTEGER"), ("seed", "UBIGINT"), .. RunMetrics.Names.Select((n, m) => (n, MetricTypes[m]))]);
            }
        }

        if (!q.Json)
        {
            RunConsole.Replicated(RunConsole.Create(), scenario, scenario.Seed, runs, metrics);
        }

        return RunReport.Replicated(scenario, scenario.Seed, runs, metrics);
    }

    private static string Serialize(object document) => Json.Serialize(document) + "\n";
}
