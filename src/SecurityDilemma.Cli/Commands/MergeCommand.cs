using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma merge</c> (placeholder until implemented).</summary>
internal static class MergeCommand
{
    public static Command Create() => new("merge", "Merge sharded results databases. (not yet implemented)");
}
