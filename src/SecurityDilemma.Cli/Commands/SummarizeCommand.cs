using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma summarize</c> (placeholder until implemented).</summary>
internal static class SummarizeCommand
{
    public static Command Create() => new("summarize", "Summarize a results database. (not yet implemented)");
}
