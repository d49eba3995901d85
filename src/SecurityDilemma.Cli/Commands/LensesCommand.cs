using System.CommandLine;
using SecurityDilemma.Analysis.Lenses;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Cli.Output;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Commands;

/// <summary>
/// <c>dilemma lenses SCENARIO [-r R] [--set P=V]... [--threads N] [--json]</c>: runs a scenario under every theory lens
/// on the same seeds and tabulates where their outcomes diverge.
/// </summary>
internal static class LensesCommand
{
    public const int MaxReplications = 20_000;

    public static Command Create()
    {
        var file = new Argument<string>("scenario") { Description = "Scenario file, e.g. scenarios/spiral.yaml" };
        var replications = new Option<int>("--replications", "-r") { Description = $"Replicates per lens (1 to {MaxReplications})", DefaultValueFactory = _ => 100 };
        var set = ScenarioInput.SetOption();
        var threads = new Option<int?>("--threads", "-t") { Description = "Worker threads (results do not depend on it)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (docs/diagnosis.md)" };
        var command = new Command("lenses", "Run a scenario under every theory lens (lenses/*.yaml) and show where their outcomes diverge, with intervals.");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { replications, set, threads, json })
        {
            command.Options.Add(o);
        }

        command.SetAction(pr => CommandRunner.Guard(Console.Error, () => Execute(
            pr.GetValue(file)!, pr.GetValue(replications), pr.GetValue(set) ?? [], pr.GetValue(threads), pr.GetValue(json))));
        return command;
    }

    private static int Execute(string file, int replications, string[] sets, int? threads, bool json)
    {
        if (replications is < 1 or > MaxReplications)
        {
            throw new InputException("--replications", null, null, "", $"{replications} is out of range", $"a whole number from 1 to {MaxReplications}");
        }

        var document = ScenarioDocument.Load(file).With(sets.Select(ParameterOverride.Parse));
        var comparison = LensComparison.Run(document, LensCatalogue.All, replications, threads ?? 0);
        return ModelInputs.Emit(json, comparison, w => DiagnosisConsole.Lenses(RunConsole.Create(), comparison));
    }
}
