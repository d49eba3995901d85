using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma game</c> (placeholder until implemented).</summary>
internal static class GameCommand
{
    public static Command Create() => new("game", "2x2 games: classify, equilibria, Jervis's worlds. (not yet implemented)");
}
