using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma validate</c> (placeholder until implemented).</summary>
internal static class ValidateCommand
{
    public static Command Create() => new("validate", "Check a scenario file. (not yet implemented)");
}
