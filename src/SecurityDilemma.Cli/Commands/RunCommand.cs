using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma run</c> (placeholder until implemented).</summary>
internal static class RunCommand
{
    public static Command Create() => new("run", "Run a scenario. (not yet implemented)");
}
