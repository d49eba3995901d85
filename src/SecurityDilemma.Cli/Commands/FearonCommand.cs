using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma fearon</c> (placeholder until implemented).</summary>
internal static class FearonCommand
{
    public static Command Create() => new("fearon", "Fearon's bargaining model. (not yet implemented)");
}
