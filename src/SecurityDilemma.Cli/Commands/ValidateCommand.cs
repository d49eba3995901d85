using System.CommandLine;
using SecurityDilemma.Cli.Infrastructure;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma validate FILE [--set P=V]...</c>: checks a scenario without running it.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Scenario file (YAML, docs/scenario-format.md)" };
        var set = ScenarioInput.SetOption();
        var command = new Command("validate", "Check a scenario file (and --set overrides): prints 'ok: NAME (N states, T years)' or the first error with file:line:col, exit code 2.");
        command.Arguments.Add(file);
        command.Options.Add(set);
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () =>
        {
            var scenario = ScenarioInput.Load(pr.GetValue(file)!, pr.GetValue(set) ?? []);
            Console.Out.WriteLine($"ok: {scenario.Name} ({scenario.States.Count} states, {scenario.Years} years)");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
