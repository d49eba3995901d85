using System.CommandLine;
using SecurityDilemma.Cli.Commands;
using SecurityDilemma.Cli.Infrastructure;

namespace SecurityDilemma.Cli;

/// <summary>The <c>dilemma</c> command tree. Each command lives in its own file under Commands/.</summary>
public static class DilemmaApp
{
    /// <summary>The global <c>--quiet</c>: no progress display on stderr (results are printed as usual).</summary>
    public static Option<bool> Quiet { get; } = new("--quiet") { Description = "Show no progress on stderr", Recursive = true };

    /// <summary>The global <c>--limit NAME=N</c>: raises one of the limits checked before work starts, for this command only.</summary>
    public static Option<string[]> Limit { get; } = new("--limit")
    {
        Description = "Raise a limit for this command: NAME=N, repeatable; names: " + string.Join(", ", LimitOverrides.Names) + " (README.md, \"Limits\")",
        HelpName = "NAME=N",
        Recursive = true,
    };

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
            DataCommand.Create(),
            CalibrateCommand.Create(),
            ServeCommand.Create(),
            PlotCommand.Create(),
            ReportCommand.Create(),
            DiagnoseCommand.Create(),
            ExplainCommand.Create(),
            LensesCommand.Create(),
            RobustnessCommand.Create(),
        ];
        root.Options.Add(Quiet);
        root.Options.Add(Limit);
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>; a command-line syntax error is one line in the user's words and exits with
    /// <see cref="ExitCodes.BadInput"/>; an unexpected exception (a bug) is one line and <see cref="ExitCodes.InternalError"/>,
    /// with the stack trace only when DILEMMA_DEBUG=1.
    /// </summary>
    public static int Run(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"error: {ParseErrors.Describe(parse)}");
            return ExitCodes.BadInput;
        }

        IDisposable limits;
        try
        {
            limits = LimitOverrides.Apply(parse.GetValue(Limit) ?? []);
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }

        try
        {
            using (limits)
            {
                return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"error: internal error ({e.GetType().Name}: {Echo.Safe(e.Message.Split('\n')[0])}); please report it with the command line");
            if (Environment.GetEnvironmentVariable("DILEMMA_DEBUG") == "1")
            {
                Console.Error.WriteLine(e);
            }

            return ExitCodes.InternalError;
        }
    }
}
