using System.CommandLine;
using System.Reflection;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Cli.Output;
using SecurityDilemma.Experiments.Cluster;
using SecurityDilemma.Experiments.Execution;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Experiments.Sweeps;
using SecurityDilemma.IO;
using SecurityDilemma.Scenarios;
using Spectre.Console;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma sweep FILE [--threads N] [--out DB] [--resume] [--shard K/N] [--slurm N] [--export parquet|csv DIR]</c>:
/// runs a sweep file (docs/sweep-format.md) into a DuckDB results database, or writes Slurm scripts for it.
/// </summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Sweep file (YAML, docs/sweep-format.md)." };
        var threads = new Option<int>("--threads") { Description = $"Worker threads (1 to {Limits.MaxThreads}; default: all cores). Results do not depend on it.", HelpName = "N", DefaultValueFactory = _ => Environment.ProcessorCount };
        var output = new Option<string?>("--out", "-o") { HelpName = "DB", Description = "Results database (default: NAME.duckdb in the current directory, NAME.shard-K-of-N.duckdb for a shard)." };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted sweep in --out: runs already stored are skipped." };
        var shard = new Option<string?>("--shard") { HelpName = "K/N", Description = "Run only shard K of N (runs with run_id % N == K), e.g. 0/4; combine shards with 'dilemma merge'." };
        var slurm = new Option<int?>("--slurm") { HelpName = "N", Description = "Write Slurm job-array scripts for N shards plus a merge job (docs/cluster.md) instead of running." };
        var export = new Option<string[]>("--export")
        {
            Description = "After the sweep, export the tables as FORMAT (parquet or csv) into DIR.",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
            HelpName = "parquet|csv DIR",
        };
        var lens = LensOption.Create();
        var command = new Command("sweep", "Run a parameter sweep (replications, seeds, resume, shards) into a DuckDB results database.");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { threads, output, resume, shard, slurm, export, lens })
        {
            command.Options.Add(o);
        }

        command.SetAction(pr => CommandRunner.Guard(Console.Error, () => Execute(
            pr.GetValue(file)!, pr.GetValue(threads), pr.GetValue(output), pr.GetValue(resume), pr.GetValue(shard), pr.GetValue(slurm), pr.GetValue(export), pr.GetValue(DilemmaApp.Quiet), pr.GetValue(lens))));
        return command;
    }

    private static int Execute(string file, int threads, string? output, bool resume, string? shardText, int? slurm, string[]? export, bool quiet, string? lens)
    {
        if (threads < 1 || threads > Limits.MaxThreads)
        {
            throw new InputException("--threads", null, null, "", $"{threads} is out of range", $"a whole number from 1 to {Limits.MaxThreads}");
        }

        if (export is { Length: 2 })
        {
            Exporter.CheckTarget(export[0], export[1]);
        }

        if (slurm is not null && (shardText is not null || resume || export is { Length: > 0 }))
        {
            throw new InputException("--slurm", null, null, "", "cannot be combined with --shard, --resume or --export", "--slurm N alone (the array tasks shard and resume themselves)");
        }

        var shard = shardText is null ? ShardSpec.All : ShardSpec.Parse(shardText);
        var sweep = LensOption.ApplyTo(SweepLoader.Load(file), lens);
        var plan = SweepPlan.Build(sweep);

        var baseName = Path.GetFileNameWithoutExtension(file);
        if (slurm is { } n)
        {
            if (n < 1 || n > 10_000)
            {
                throw new InputException("--slurm", null, null, "", $"{n} shards", "1 to 10,000 array tasks");
            }

            var merged = Path.GetFullPath(output ?? $"{baseName}.duckdb");
            var job = SlurmScript.Write(new SlurmOptions
            {
                SweepFile = Path.GetFullPath(file),
                Shards = n,
                MergedDatabase = merged,
                Directory = Path.ChangeExtension(merged, null) + ".slurm",
                Tool = ToolCommand(),
                CpusPerTask = threads,
                JobName = $"dilemma-{sweep.Name}",
            });
            Console.Out.WriteLine($"wrote {job.ShardsScript} ({n} array tasks, {plan.TotalRuns:N0} runs), {job.MergeScript} and {job.SubmitScript}");
            Console.Out.WriteLine($"submit with: bash {job.SubmitScript}   (merged results: {merged}; see docs/cluster.md)");
            return ExitCodes.Ok;
        }

        var outPath = output ?? (shard.Count == 1 ? $"{baseName}.duckdb" : $"{baseName}.shard-{shard.Index}-of-{shard.Count}.duckdb");
        OutputTarget.File(outPath, "--out", mayExist: true);
        var exists = File.Exists(outPath);
        if (exists && !resume)
        {
            throw new InputException(outPath, null, null, "--out", "already exists", "--resume to continue it, or another --out");
        }

        PreflightCheck.Check(plan, shard, outPath);

        var version = typeof(SweepCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        using var store = exists ? ResultsStore.Resume(outPath, plan, shard) : ResultsStore.Create(outPath, plan, shard, version);
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        var executor = new SweepExecutor();
        var options = new ExecutionOptions { Threads = threads, Shard = shard };
        SweepOutcome outcome;
        try
        {
            var label = shard.Count == 1 ? sweep.Name : $"{sweep.Name} {shard}";
            outcome = ProgressReporter.Run($"sweep {label}", "runs", plan.TotalRuns, quiet, p => executor.Execute(plan, store, options, new SweepProgress(p), cancel.Token));
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"interrupted: finished batches are stored in {outPath}; continue with: dilemma sweep {file} --out {outPath} --resume{(shard.Count > 1 ? $" --shard {shard}" : "")}");
            return ExitCodes.Interrupted;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        store.MarkFinished();
        var rate = outcome.Computed / Math.Max(outcome.Elapsed.TotalSeconds, 1e-9);
        Console.Out.WriteLine($"{outcome.ShardRuns:N0} runs of sweep '{sweep.Name}' ({plan.Points.Count:N0} points x {plan.Replications:N0} replications{(shard.Count > 1 ? $", shard {shard}" : "")}) stored in {outPath}: {outcome.Computed:N0} computed now in {outcome.Elapsed.TotalSeconds:F1} s ({rate:N0} runs/s), {outcome.AlreadyStored:N0} already there");
        store.Dispose();
        if (export is { Length: 2 })
        {
            var files = Exporter.Export(outPath, export[0], export[1]);
            Console.Out.WriteLine($"exported {string.Join(", ", files)}");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The absolute command that starts this tool: the apphost when there is one, else dotnet and dilemma.dll.</summary>
    private static IReadOnlyList<string> ToolCommand()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var dll = Path.Combine(AppContext.BaseDirectory, "dilemma.dll");
        return Path.GetFileNameWithoutExtension(process) == "dilemma" ? [process] : [process, dll];
    }
}
