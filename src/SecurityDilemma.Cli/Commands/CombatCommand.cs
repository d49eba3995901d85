using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma combat</c> (placeholder until implemented).</summary>
internal static class CombatCommand
{
    public static Command Create() => new("combat", "Contest success function and Lanchester laws. (not yet implemented)");
}
