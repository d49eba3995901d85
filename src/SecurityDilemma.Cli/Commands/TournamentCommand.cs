using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma tournament</c> (placeholder until implemented).</summary>
internal static class TournamentCommand
{
    public static Command Create() => new("tournament", "Iterated-game tournaments. (not yet implemented)");
}
