using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma kydd</c> (placeholder until implemented).</summary>
internal static class KyddCommand
{
    public static Command Create() => new("kydd", "Kydd's trust game. (not yet implemented)");
}
