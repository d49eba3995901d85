using System.CommandLine;
using SecurityDilemma.Analysis.Attribution;
using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Cli.Output;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma explain RUN_DIR [--war N] [--replications R] [--threads N] [--json]</c>: what caused a war, by re-running
/// the run with each regulator neutralized on common random numbers, with a Shapley split of the total effect.
/// </summary>
internal static class ExplainCommand
{
    public const int MaxReplications = 5_000;

    public static Command Create()
    {
        var dir = new Argument<string>("run-dir") { Description = "A run directory written by 'dilemma run FILE --out DIR'" };
        var war = new Option<int>("--war", "-w") { Description = "Which war of the run (1 = the first; see 'wars' in run.json)", DefaultValueFactory = _ => 1 };
        var replications = new Option<int>("--replications", "-r") { Description = $"Replicates (seeds seed..seed+R-1; 1 to {MaxReplications})", DefaultValueFactory = _ => 100 };
        var threads = new Option<int?>("--threads", "-t") { Description = "Worker threads (results do not depend on it)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (docs/diagnosis.md)" };
        var command = new Command("explain", "Attribute a war to the regulators of the security dilemma by counterfactual re-runs (share averted by each, Shapley decomposition).");
        command.Arguments.Add(dir);
        foreach (var o in new Option[] { war, replications, threads, json })
        {
            command.Options.Add(o);
        }

        command.SetAction(pr => CommandRunner.Guard(Console.Error, () => Execute(
            pr.GetValue(dir)!, pr.GetValue(war), pr.GetValue(replications), pr.GetValue(threads), pr.GetValue(json))));
        return command;
    }

    private static int Execute(string dir, int war, int replications, int? threads, bool json)
    {
        if (replications is < 1 or > MaxReplications)
        {
            throw new InputException("--replications", null, null, "", $"{replications} is out of range", $"a whole number from 1 to {MaxReplications}");
        }

        var run = RunDirectory.Load(dir);
        if (run.Wars.Count > 0 && (war < 1 || war > run.Wars.Count))
        {
            throw new InputException("--war", null, null, "", $"there is no war {war}", $"a war number from 1 to {run.Wars.Count}");
        }

        RunDirectory.CheckReproduces(run);
        var report = Attributor.Explain(run, war, replications, threads ?? 0);
        return ModelInputs.Emit(json, report, w => DiagnosisConsole.Explain(RunConsole.Create(), report));
    }
}
