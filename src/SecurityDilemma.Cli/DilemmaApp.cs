using System.CommandLine;
using SecurityDilemma.Cli.Commands;
using SecurityDilemma.Cli.Infrastructure;

namespace SecurityDilemma.Cli;

/// <summary>The <c>dilemma</c> command tree. Each command lives in its own file under Commands/.</summary>
public static class DilemmaApp
{
    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("dilemma: model, simulate and analyze the security dilemma of international politics.");
        Command[] commands =
        [
            RunCommand.Create(),
            ValidateCommand.Create(),
            GameCommand.Create(),
            KyddCommand.Create(),
            RichardsonCommand.Create(),
            FearonCommand.Create(),
            CombatCommand.Create(),
            AssessCommand.Create(),
            VolunteerCommand.Create(),
            TournamentCommand.Create(),
            SweepCommand.Create(),
            SummarizeCommand.Create(),
            MergeCommand.Create(),
            DiagnoseCommand.Create(),
            ExplainCommand.Create(),
            LensesCommand.Create(),
        ];
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; command-line syntax errors exit with <see cref="ExitCodes.BadInput"/>.</summary>
    public static int Run(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }

            Console.Error.WriteLine("Run 'dilemma --help' (or 'dilemma COMMAND --help') for usage.");
            return ExitCodes.BadInput;
        }

        return parse.Invoke();
    }
}
