using System.CommandLine;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma sweep</c> (placeholder until implemented).</summary>
internal static class SweepCommand
{
    public static Command Create() => new("sweep", "Parameter sweeps into a DuckDB results database. (not yet implemented)");
}
