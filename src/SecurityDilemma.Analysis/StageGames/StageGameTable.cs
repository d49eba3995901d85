using System.Text.Json;
using SecurityDilemma.IO;

namespace SecurityDilemma.Analysis.StageGames;

/// <summary>Writes stage_games.csv, one row per observer, target and peacetime year (docs/run-output.md).</summary>
public static class StageGameTable
{
    public const string FileName = "stage_games.csv";

    public static IReadOnlyList<string> Columns { get; } =
        ["year", "observer", "target", "balance", "distinguishability", "belief", "game", "threshold", "predicted", "played", "matched"];

    /// <summary>Writes <paramref name="rows"/> to <paramref name="directory"/>/stage_games.csv.</summary>
    public static void Write(string directory, IReadOnlyList<StageGameRow> rows)
    {
        using var csv = CsvTableWriter.ToFile(Path.Combine(directory, FileName), Columns);
        foreach (var r in rows)
        {
            csv.Integer(r.Year).Text(r.Observer).Text(r.Target).Number(r.Balance).Number(r.Distinguishability).Number(r.Belief)
                .Text(Snake(r.Game.ToString())).Number(r.Threshold ?? double.NaN).Text(Snake(r.Predicted.ToString())).Text(Snake(r.Played.ToString()))
                .Boolean(r.Matched).EndRow();
        }
    }

    private static string Snake(string s) => JsonNamingPolicy.SnakeCaseLower.ConvertName(s);
}
