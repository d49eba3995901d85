using System.Globalization;
using System.Reflection;
using DuckDB.NET.Data;
using SecurityDilemma.Analysis.Diagnosis.Aspects;
using SecurityDilemma.Experiments.Results;
using SecurityDilemma.Models.Statistics;
using static SecurityDilemma.Analysis.Format;

namespace SecurityDilemma.Analysis.Diagnosis;

/// <summary>
/// Diagnoses a sweep database (docs/sweep-format.md). A database keeps each run's metrics, not its beliefs or series,
/// so per point only the aspects that the metrics decide get a verdict; across the sweep, "universal or conditional"
/// asks whether the dilemma appears at some points and not others, "regulators" which swept regulators move the war
/// rate, and "anarchy as source" compares hierarchy on and off when hierarchy was swept.
/// </summary>
public static class SweepDiagnoser
{
    private const string NoEvidence = "a sweep database keeps each run's metrics only (no beliefs, series or counterfactual re-runs): diagnose a run directory for this aspect";

    private static readonly Dictionary<string, string> RegulatorKinds = new(StringComparer.Ordinal)
    {
        ["technology.offense_defense_balance"] = "material",
        ["technology.distinguishability"] = "material",
        ["states.*.perceived_offense_defense_balance"] = "material",
        ["states.*.worst_case_bias"] = "psychological",
        ["states.*.prior_trust"] = "psychological",
        ["states.*.routine_attachment"] = "psychological",
        ["states.*.empathy"] = "psychological",
    };

    public static SweepDiagnosisReport Diagnose(string path)
    {
        using var c = ResultsStore.OpenExisting(path);
        var info = ResultsStore.ReadInfo(c, path)[0];
        CheckVersion(path, info.ToolVersion);
        var columns = Columns(c);
        if (!columns.Contains("war_occurred"))
        {
            throw new InputException(path, null, null, "runs", "keeps no war_occurred metric", "a sweep whose metrics include war_occurred (and tragic_war, spiral_index for more aspects)");
        }

        var parameters = columns.Where(ResultsSchema.IsParameterColumn).ToList();
        var hasTragic = columns.Contains("tragic_war");
        var hasSpiral = columns.Contains("spiral_index");
        var runs = ReadRuns(c, parameters, hasTragic, hasSpiral);
        var points = runs.GroupBy(r => r.Point).OrderBy(g => g.Key).Select(g => Point(g.ToList(), parameters, hasTragic, hasSpiral)).ToList();

        var findings = new List<AspectFinding>();
        foreach (var aspect in AspectCatalogue.All)
        {
            var (verdict, evidence) = aspect switch
            {
                AnarchySource => Anarchy(runs, parameters),
                Aspects.Regulators => RegulatorVerdict(runs, parameters),
                UniversalOrConditional => Universality(points, hasTragic),
                _ when points.All(p => !p.Verdicts.ContainsKey(aspect.Key)) => (Verdicts.Undecided, NoEvidence),
                _ => Vote(points, aspect.Key),
            };
            findings.Add(AspectFinding.Make(aspect, verdict, evidence));
        }

        var fit = Scholars.Fit(findings);
        return new SweepDiagnosisReport
        {
            Source = path,
            Sweep = info.Name,
            ToolVersion = info.ToolVersion,
            Replications = info.Replications,
            Parameters = parameters,
            Aspects = findings,
            Fit = fit,
            BestFit = Scholars.Best(fit),
            Points = points,
        };
    }

    private static void CheckVersion(string path, string stored)
    {
        var ours = typeof(SweepDiagnoser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        static string Release(string v) => string.Join('.', v.Split('+')[0].Split('.').Take(2));
        if (Release(stored) != Release(ours))
        {
            throw new InputException(path, null, null, "sweep.tool_version", $"was written by dilemma {stored}; this is {ours}", "a database written by the same release (re-run the sweep)");
        }
    }

    private static HashSet<string> Columns(DuckDBConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT * FROM runs LIMIT 0";
        using var r = cmd.ExecuteReader();
        return [.. Enumerable.Range(0, r.FieldCount).Select(r.GetName)];
    }

    private sealed record Run(long Point, string[] Values, bool War, bool? Tragic, double? Spiral);

    private static List<Run> ReadRuns(DuckDBConnection c, List<string> parameters, bool tragic, bool spiral)
    {
        var select = new List<string> { "point_id", "CAST(war_occurred AS BOOLEAN)", tragic ? "CAST(tragic_war AS BOOLEAN)" : "NULL", spiral ? "CAST(spiral_index AS DOUBLE)" : "NULL" };
        select.AddRange(parameters.Select(p => $"CAST({ResultsSchema.Quote(p)} AS VARCHAR)"));
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {string.Join(", ", select)} FROM runs ORDER BY run_id";
        using var r = cmd.ExecuteReader();
        var runs = new List<Run>();
        while (r.Read())
        {
            runs.Add(new Run(
                r.GetInt64(0),
                [.. parameters.Select((_, i) => r.GetString(4 + i))],
                !r.IsDBNull(1) && r.GetBoolean(1),
                r.IsDBNull(2) ? null : r.GetBoolean(2),
                r.IsDBNull(3) ? null : r.GetDouble(3)));
        }

        return runs;
    }

    private static SweepPointDiagnosis Point(List<Run> runs, List<string> parameters, bool hasTragic, bool hasSpiral)
    {
        var wars = runs.Count(r => r.War);
        int? tragic = hasTragic ? runs.Count(r => r.Tragic == true) : null;
        var spirals = runs.Where(r => r.Spiral is not null).Select(r => r.Spiral!.Value).ToList();
        double? spiral = hasSpiral && spirals.Count > 0 ? spirals.Average() : null;
        var verdicts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (tragic is { } t)
        {
            verdicts["unintended_tragic_results"] = t > 0 ? Verdicts.Yes : Verdicts.No;
            var allTragic = wars == 0 ? Verdicts.Undecided : t == wars ? Verdicts.Yes : Verdicts.No;
            verdicts["lack_of_malign_intentions"] = allTragic;
            verdicts["cause_of_all_war"] = allTragic;
            verdicts["important_cause_of_war"] = wars == 0 ? Verdicts.Undecided : t > 0 ? Verdicts.Yes : Verdicts.No;
        }

        if (spiral is { } s)
        {
            verdicts["spiral_like_situation"] = s > 0 ? Verdicts.Yes : Verdicts.No;
        }

        return new SweepPointDiagnosis
        {
            PointId = runs[0].Point,
            Parameters = parameters.Select((p, i) => (p, runs[0].Values[i])).ToDictionary(x => x.p, x => x.Item2, StringComparer.Ordinal),
            Runs = runs.Count,
            WarRuns = wars,
            TragicWarRuns = tragic,
            MeanSpiralIndex = spiral,
            Verdicts = verdicts,
        };
    }

    /// <summary>The majority verdict over the points that decided, with the tally.</summary>
    private static (string, string) Vote(List<SweepPointDiagnosis> points, string key)
    {
        var tally = points.Select(p => p.Verdicts.GetValueOrDefault(key, Verdicts.Undecided)).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        var decided = tally.Where(kv => kv.Key != Verdicts.Undecided).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var text = $"per point: {string.Join(", ", tally.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {I(kv.Value)}"))} of {I(points.Count)} points";
        return decided.Count == 0 ? (Verdicts.Undecided, text) : (decided[0].Key, text);
    }

    private static (string, string) Universality(List<SweepPointDiagnosis> points, bool hasTragic)
    {
        var present = points.Count(p => (hasTragic ? p.TragicWarRuns!.Value : p.WarRuns) > 0);
        var what = hasTragic ? "a war among security seekers only" : "a war";
        var text = $"{I(present)} of {I(points.Count)} points had {what}";
        return present == 0 ? (Verdicts.Undecided, text + ": the dilemma did not appear")
            : present == points.Count ? (UniversalOrConditional.Universal, text)
            : (UniversalOrConditional.Conditional, text);
    }

    private static (string, string) Anarchy(List<Run> runs, List<string> parameters)
    {
        var h = parameters.IndexOf("hierarchy");
        if (h < 0)
        {
            return (Verdicts.Undecided, "hierarchy was not swept; diagnose a run directory for the hierarchy counterfactual");
        }

        double[] Wars(string value) => [.. runs.Where(r => r.Values[h] == value).Select(r => r.War ? 1.0 : 0.0)];
        var d = Estimate.Difference(Wars("false"), Wars("true"));
        var text = $"war rate without minus with an enforcer: {Ci(d)}";
        return d.AboveZero ? (Verdicts.Yes, text) : (Verdicts.No, text);
    }

    private static (string, string) RegulatorVerdict(List<Run> runs, List<string> parameters)
    {
        var tested = new List<string>();
        bool material = false, psychological = false;
        for (var p = 0; p < parameters.Count; p++)
        {
            var path = parameters[p];
            var key = RegulatorKinds.Keys.FirstOrDefault(k => path == k || (k.StartsWith("states.*.", StringComparison.Ordinal) && path.StartsWith("states.", StringComparison.Ordinal) && path.EndsWith(k["states.*".Length..], StringComparison.Ordinal)));
            if (key is null)
            {
                continue;
            }

            var values = runs.Select(r => double.TryParse(r.Values[p], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
            var finite = values.Where(double.IsFinite).Order().ToArray();
            if (finite.Length == 0)
            {
                continue;
            }

            var median = finite[finite.Length / 2];
            var low = runs.Where((_, i) => values[i] < median).Select(r => r.War ? 1.0 : 0.0).ToArray();
            var high = runs.Where((_, i) => values[i] >= median).Select(r => r.War ? 1.0 : 0.0).ToArray();
            var d = Estimate.Difference(high, low);
            var matters = d.AboveZero || d.BelowZero;
            material |= matters && RegulatorKinds[key] == "material";
            psychological |= matters && RegulatorKinds[key] == "psychological";
            tested.Add($"{path} ({RegulatorKinds[key]}): war rate upper minus lower half {Ci(d)}{(matters ? "*" : "")}");
        }

        if (tested.Count == 0)
        {
            return (Verdicts.Undecided, "no regulator (balance, distinguishability, bias, prior trust, routine, empathy) was swept");
        }

        return (Aspects.Regulators.Category(material, psychological), string.Join("; ", tested) + " (* = interval excludes zero)");
    }
}
