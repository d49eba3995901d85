using System.CommandLine;
using System.Globalization;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Cli.Output;
using SecurityDilemma.Experiments.Calibration;
using SecurityDilemma.IO;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma calibrate SCENARIO --targets FILE --param PATH=LO..HI ... [--method smm|abc] [--budget N] [--seed S]
/// [--out DB] [--resume] [--threads N]</c>: fits scenario parameters to target moments (docs/calibration.md).
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("scenario") { Description = "Scenario file (YAML)" };
        var targets = new Option<string>("--targets") { Description = "Targets file (docs/calibration.md), e.g. calibration/great-powers-1816-1913.yaml", Required = true };
        var param = new Option<string[]>("--param") { Description = "A parameter to fit and its range, PATH=LO..HI with a --set path, e.g. states.*.defense=2..20 (repeatable)", Required = true, AllowMultipleArgumentsPerToken = false };
        var method = new Option<string>("--method") { Description = "smm (simulated method of moments) or abc (ABC-SMC)", DefaultValueFactory = _ => "smm" };
        var budget = new Option<int>("--budget") { Description = "Simulations (engine runs) the method may use", DefaultValueFactory = _ => 2000 };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Master seed of the calibration", DefaultValueFactory = _ => 1UL };
        var reps = new Option<int>("--replications", "-r") { Description = "Runs averaged per parameter vector (default 10; ABC: per particle)", DefaultValueFactory = _ => 10 };
        var population = new Option<int>("--population") { Description = "ABC particles per generation (default 100)", DefaultValueFactory = _ => 100 };
        var output = new Option<string>("--out", "-o") { Description = "DuckDB file recording every simulation and the fit (default calibration.duckdb)", DefaultValueFactory = _ => "calibration.duckdb" };
        var resume = new Option<bool>("--resume") { Description = "Continue the interrupted calibration in --out (same command line); the result is bit-identical" };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads (results are identical for any number)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var write = new Option<string?>("--write") { Description = "Where to write the calibrated scenario YAML (default: --out with .yaml)" };
        var sets = ScenarioInput.SetOption();
        var command = new Command("calibrate", "Fit scenario parameters to target moments by simulated method of moments or ABC-SMC; prints the fit and writes the calibrated scenario.")
        {
            file, targets, param, method, budget, seed, reps, population, output, resume, threads, write, sets,
        };
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () => Execute(
            pr.GetValue(file)!, pr.GetValue(targets)!, pr.GetValue(param) ?? [], pr.GetValue(sets) ?? [], pr.GetValue(output)!, pr.GetValue(resume), pr.GetValue(write), pr.GetValue(DilemmaApp.Quiet),
            new CalibrationSettings
            {
                Method = pr.GetValue(method)!,
                Budget = pr.GetValue(budget),
                Seed = pr.GetValue(seed),
                Replications = pr.GetValue(reps),
                Population = pr.GetValue(population),
                Threads = pr.GetValue(threads),
            })));
        return command;
    }

    private static int Execute(string file, string targetsFile, string[] paramTexts, string[] sets, string output, bool resume, string? write, bool quiet, CalibrationSettings settings)
    {
        // Everything is checked before any work and before anything is written.
        var document = ScenarioDocument.Load(file).With(sets.Select(ParameterOverride.Parse));
        document.Build();
        var targets = TargetLoader.Load(targetsFile);
        var parameters = paramTexts.Select(CalibrationParameter.Parse).ToArray();
        var problem = new CalibrationProblem(document, parameters, targets);
        Calibrator.Check(problem, settings);
        var yamlPath = write ?? Path.ChangeExtension(output, ".yaml");
        var fingerprint = Calibrator.Fingerprint(File.ReadAllText(file) + "\n" + string.Join("\n", sets), File.ReadAllText(targetsFile), problem, settings);

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        CalibrationResult result;
        try
        {
            using var store = resume
                ? SimulationStore.Resume(output, fingerprint, parameters.Length, targets.Targets.Count)
                : SimulationStore.Create(output, fingerprint, $"{string.Join(" ", parameters.Select(p => p.ToString()))} {settings.Describe()}", parameters.Length, targets.Targets.Count);
            if (resume && !quiet)
            {
                Console.Error.WriteLine($"resuming: {store.Recorded} simulation(s) recorded in {store.Path}");
            }

            // Progress counts the simulations recorded (committed about once a second) against the budget; those found
            // recorded on a resume count toward the bar, not the rate. The method may stop before the budget is spent
            // (the simplex converged), so the last line reports what was recorded as the whole.
            result = ProgressReporter.Run("calibrate", "simulations", settings.Budget, quiet, p =>
            {
                p.AlreadyDone(store.Recorded);
                var fit = Calibrator.Run(problem, settings, store, cancel.Token, n => p.Set(n, settings.Budget));
                p.Set(store.Recorded, store.Recorded);
                return fit;
            });
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"interrupted; continue with the same command and --resume (simulations so far are in {output})");
            return ExitCodes.Interrupted;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        AtomicFile.WriteAllText(yamlPath, Calibrator.CalibratedYaml(problem, result, Path.GetFileName(file), Path.GetFileName(targetsFile)));
        Print(Console.Out, result, targets);
        Console.Out.WriteLine($"simulations: {result.Simulations} ({result.Replayed} read back from {output}); calibrated scenario written to {yamlPath}");
        return ExitCodes.Ok;
    }

    /// <summary>The fitted parameters, the target-vs-simulated table and the goodness of fit, as plain text.</summary>
    internal static void Print(TextWriter o, CalibrationResult r, TargetSet targets)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine($"calibration ({(r.Method == "abc" ? "ABC-SMC" : "simulated method of moments")}) to {targets.Name}");
        foreach (var n in r.Notes)
        {
            o.WriteLine($"  {n}");
        }

        o.WriteLine();
        var width = Math.Max(9, r.Parameters.Max(p => p.Path.Length));
        o.WriteLine($"{"parameter".PadRight(width)} {"estimate",12} {(r.Method == "abc" ? "post. sd" : "std. error"),12} {"95% interval",27}");
        foreach (var p in r.Parameters)
        {
            o.WriteLine(string.Create(c, $"{p.Path.PadRight(width)} {p.Estimate,12:G6} {p.StandardError,12:G4} {$"[{p.Lower:G5}, {p.Upper:G5}]",27}"));
        }

        o.WriteLine();
        var mw = Math.Max(6, r.Moments.Max(m => m.Moment.Length));
        o.WriteLine($"{"moment".PadRight(mw)} {"target",11} {"+-1.96 sd",11} {"simulated",11} {"95% interval",27} {"z",7}");
        foreach (var m in r.Moments)
        {
            o.WriteLine(string.Create(c, $"{m.Moment.PadRight(mw)} {m.Target,11:G4} {1.96 * m.Uncertainty,11:G3} {m.Simulated,11:G4} {$"[{m.Lower:G4}, {m.Upper:G4}]",27} {m.Standardized,7:0.00}"));
        }

        o.WriteLine();
        o.WriteLine(string.Create(c, $"{(r.Method == "abc" ? "chi-square of the posterior-mean moments" : "J statistic (Hansen)")}: {r.Statistic:G4} on {r.DegreesOfFreedom} df, p = {r.PValue:G3}"));
    }
}
