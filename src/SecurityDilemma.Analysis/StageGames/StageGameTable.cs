using System.Globalization;
using System.Text;
using System.Text.Json;
using SecurityDilemma.Runs;

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
        using var w = new StreamWriter(Path.Combine(directory, FileName), false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine(string.Join(',', Columns));
        foreach (var r in rows)
        {
            w.WriteLine(string.Join(
                ',',
                r.Year.ToString(CultureInfo.InvariantCulture),
                CsvRunRecorder.Quote(r.Observer),
                CsvRunRecorder.Quote(r.Target),
                R(r.Balance),
                R(r.Distinguishability),
                R(r.Belief),
                Snake(r.Game.ToString()),
                r.Threshold is { } q ? R(q) : "",
                Snake(r.Predicted.ToString()),
                Snake(r.Played.ToString()),
                r.Matched ? "true" : "false"));
        }
    }

    private static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static string Snake(string s) => JsonNamingPolicy.SnakeCaseLower.ConvertName(s);
}
