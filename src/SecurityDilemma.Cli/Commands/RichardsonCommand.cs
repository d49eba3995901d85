using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma richardson</c> (placeholder until implemented).</summary>
internal static class RichardsonCommand
{
    public static Command Create() => new("richardson", "Richardson's arms race: simulate and fit. (not yet implemented)");
}
