using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma volunteer</c> (placeholder until implemented).</summary>
internal static class VolunteerCommand
{
    public static Command Create() => new("volunteer", "The volunteer's dilemma (buck passing). (not yet implemented)");
}
