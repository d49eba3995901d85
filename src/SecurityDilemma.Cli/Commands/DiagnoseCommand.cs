using System.CommandLine;
using SecurityDilemma.Analysis.Diagnosis;
using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Cli.Output;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma diagnose RUN_DIR_OR_DB [--json] [--lens NAME] [--replications R] [--threads N]</c>: the twelve-aspect
/// table of the security-dilemma literature, with the model's verdicts from a run directory or a sweep database.
/// </summary>
internal static class DiagnoseCommand
{
    public const int MaxReplications = 10_000;

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A run directory (dilemma run FILE --out DIR) or a sweep database (.duckdb)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (docs/diagnosis.md) instead of the table" };
        var lens = LensOption.Create();
        var replications = new Option<int>("--replications", "-r") { Description = $"Replicates behind the counterfactual aspects (1 to {MaxReplications})", DefaultValueFactory = _ => 50 };
        var threads = new Option<int?>("--threads", "-t") { Description = "Worker threads (results do not depend on it)" };
        var command = new Command("diagnose", "Diagnose a run or sweep against the twelve aspects on which Butterfield, Herz and Jervis differ.");
        command.Arguments.Add(path);
        foreach (var o in new Option[] { json, lens, replications, threads })
        {
            command.Options.Add(o);
        }

        command.SetAction(pr => CommandRunner.Guard(Console.Error, () => Execute(
            pr.GetValue(path)!, pr.GetValue(json), pr.GetValue(lens), pr.GetValue(replications), pr.GetValue(threads))));
        return command;
    }

    private static int Execute(string path, bool json, string? lens, int replications, int? threads)
    {
        if (replications is < 1 or > MaxReplications)
        {
            throw new InputException("--replications", null, null, "", $"{replications} is out of range", $"a whole number from 1 to {MaxReplications}");
        }

        var lensOverrides = LensOption.Overrides(lens);
        if (File.Exists(path))
        {
            if (lens is not null)
            {
                throw new InputException("--lens", null, null, "", "applies to a run directory, not a sweep database", "dilemma sweep FILE --lens NAME, then diagnose its database");
            }

            var sweep = SweepDiagnoser.Diagnose(path);
            return ModelInputs.Emit(json, sweep, w => DiagnosisConsole.Sweep(RunConsole.Create(), sweep));
        }

        if (!Directory.Exists(path))
        {
            throw new InputException(path, null, null, "", "no such run directory or database", "a directory written by 'dilemma run FILE --out DIR' or a .duckdb file written by 'dilemma sweep'");
        }

        var run = RunDirectory.Load(path);
        RunDirectory.CheckReproduces(run);
        if (lensOverrides.Count > 0)
        {
            run = RunEvidence.Simulate(run.Document.With(lensOverrides), run.Seed, $"{path} (re-run under the {lens} lens)");
        }

        var report = Diagnoser.Diagnose(run, replications, threads ?? 0, lens);
        return ModelInputs.Emit(json, report, w => DiagnosisConsole.Run(RunConsole.Create(), report));
    }
}
