using System.Text.Json;

namespace SecurityDilemma.Reports.Html;

/// <summary>
/// The diagnosis of a run or a sweep in a report: the twelve aspects with their verdicts and evidence, how well each
/// scholar's reading fits, and for a run how often the stage games predicted the moves (the JSON of
/// <c>dilemma diagnose INPUT --json</c>, docs/diagnosis.md). Other shapes are shown as they are: an array of objects as
/// a table, an object as key/value rows.
/// </summary>
public static class DiagnosisSection
{
    /// <summary>
    /// Reads the JSON of <c>dilemma diagnose --json</c> from <paramref name="path"/> and checks that it is the diagnosis
    /// of what the report shows: <paramref name="expected"/> holds the fields that must match (e.g. scenario and seed).
    /// </summary>
    public static JsonElement Load(string path, string option, IReadOnlyList<(string Field, string Value)> expected)
    {
        if (!File.Exists(path))
        {
            throw new InputException(option, null, null, "", $"'{path}' does not exist", "the JSON of 'dilemma diagnose INPUT --json' saved to a file");
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InputException(path, (int?)(e.LineNumber + 1), (int?)(e.BytePositionInLine + 1), "", "is not valid JSON", "the JSON of 'dilemma diagnose INPUT --json'");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("aspects", out var aspects) || aspects.ValueKind != JsonValueKind.Array)
        {
            throw new InputException(path, null, null, "aspects", "missing", "the JSON of 'dilemma diagnose INPUT --json' (an object with aspects[])");
        }

        foreach (var (field, value) in expected)
        {
            var found = JsonCell.Text(root, field);
            if (found != value)
            {
                throw new InputException(path, null, null, field, $"{(found.Length == 0 ? "missing" : $"is '{found}'")}, but the report is of {string.Join(", ", expected.Select(e => $"{e.Field} '{e.Value}'"))}", "the diagnosis of the same run or sweep");
            }
        }

        return root;
    }

    /// <summary>Appends the diagnosis to the report's current section.</summary>
    public static void Render(HtmlReport report, JsonElement diagnosis)
    {
        if (diagnosis.ValueKind == JsonValueKind.Object && diagnosis.TryGetProperty("aspects", out var aspects) && aspects.ValueKind == JsonValueKind.Array)
        {
            Structured(report, diagnosis, aspects);
        }
        else if (diagnosis.ValueKind == JsonValueKind.Array && diagnosis.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object))
        {
            var rows = diagnosis.EnumerateArray().ToArray();
            var columns = rows.SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct().ToArray();
            report.Table(columns, rows.Select(r => (IReadOnlyList<string>)[.. columns.Select(col => JsonCell.Text(r, col))]));
        }
        else if (diagnosis.ValueKind == JsonValueKind.Object)
        {
            report.Table(["item", "value"], diagnosis.EnumerateObject().Select(p => (IReadOnlyList<string>)[p.Name, JsonCell.Text(p.Value)]));
        }
        else
        {
            report.Paragraph(JsonCell.Text(diagnosis));
        }
    }

    private static void Structured(HtmlReport report, JsonElement d, JsonElement aspects)
    {
        var lens = JsonCell.Text(d, "lens") is { Length: > 0 } l and not "-" ? $", under the {l} lens" : "";
        var best = d.TryGetProperty("best_fit", out var b) && b.ValueKind == JsonValueKind.Array ? string.Join(" and ", b.EnumerateArray().Select(JsonCell.Text)) : "";
        report.Paragraph($"The twelve aspects of the security dilemma decided from this {(d.TryGetProperty("sweep", out _) ? "sweep" : "run")}'s evidence{lens} ({JsonCell.Text(d, "replications")} replicates behind the counterfactual aspects; rules in docs/diagnosis.md). Best fit: {(best.Length > 0 ? best : "none")}.");
        report.Table(
            ["aspect", "verdict", "evidence", "matches the reading of"],
            aspects.EnumerateArray().Select(a => (IReadOnlyList<string>)[JsonCell.Text(a, "aspect"), JsonCell.Text(a, "verdict"), JsonCell.Text(a, "evidence"), JsonCell.List(a, "fits")]));
        if (d.TryGetProperty("fit", out var fit) && fit.ValueKind == JsonValueKind.Array)
        {
            report.Table(["scholar", "aspects matched", "aspects compared"], fit.EnumerateArray().Select(f => (IReadOnlyList<string>)[JsonCell.Text(f, "scholar"), JsonCell.Text(f, "matches"), JsonCell.Text(f, "compared")]));
        }

        if (d.TryGetProperty("stage_games", out var games) && games.ValueKind == JsonValueKind.Object
            && games.TryGetProperty("match_rate", out var rate) && rate.ValueKind == JsonValueKind.Object)
        {
            report.Paragraph($"Stage games: over {JsonCell.Text(games, "dyad_years")} dyad-years the game each dyad faced predicted the move played at a rate of {JsonCell.Text(rate, "value")} [{JsonCell.Text(rate, "lower")}, {JsonCell.Text(rate, "upper")}] (95% Wilson); armed against the prediction {JsonCell.Text(games, "armed_against_prediction")}, restrained against it {JsonCell.Text(games, "restrained_against_prediction")}.", note: true);
        }
    }
}
