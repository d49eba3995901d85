using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SecurityDilemma.Experiments.Calibration;

/// <summary>
/// Reads a targets file (docs/calibration.md, "Targets"). Every mistake is an <see cref="InputException"/> naming
/// file:line:col and the field; unknown and duplicate keys are errors.
/// </summary>
public static class TargetLoader
{
    private static readonly string[] TopKeys = ["name", "description", "targets"];
    private static readonly string[] TargetKeys = ["moment", "value", "uncertainty", "source", "note"];

    /// <summary>The most targets a file may hold.</summary>
    public const int MaxTargets = 100;

    public static TargetSet Load(string path)
    {
        string text;
        try
        {
            if (!File.Exists(path))
            {
                throw new InputException(path, null, null, "", "file not found", "a targets file (YAML), e.g. calibration/great-powers-1816-1913.yaml");
            }

            if (new FileInfo(path).Length > 1 << 20)
            {
                throw new InputException(path, null, null, "", "file is larger than 1 MiB", "a targets file of at most 1 MiB");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, null, "", $"cannot read the file ({e.Message})", "a readable YAML file");
        }

        return Parse(text, path);
    }

    public static TargetSet Parse(string text, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InputException(source, (int)e.Start.Line, (int)e.Start.Column, "", $"not valid YAML ({e.InnerException?.Message ?? e.Message})", "a YAML mapping (docs/calibration.md)");
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InputException(source, 1, 1, "", "not a single YAML mapping", "name, targets (docs/calibration.md)");
        }

        var keys = Keys(root, source, "", TopKeys);
        if (!keys.TryGetValue("targets", out var targetsNode))
        {
            throw At(source, root, "targets", "missing", "a list of targets, each with moment, value, uncertainty and source");
        }

        if (targetsNode is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw At(source, targetsNode, "targets", "not a non-empty list", "a list of targets, each with moment, value, uncertainty and source");
        }

        if (list.Children.Count > MaxTargets)
        {
            throw At(source, targetsNode, "targets", $"{list.Children.Count} targets", $"at most {MaxTargets}");
        }

        var targets = new List<Target>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var item = list.Children[i];
            var field = $"targets[{i}]";
            if (item is not YamlMappingNode map)
            {
                throw At(source, item, field, "not a mapping", "moment, value, uncertainty and source");
            }

            var t = Keys(map, source, field, TargetKeys);
            string Need(string key) => t.TryGetValue(key, out var n)
                ? Scalar(n, source, $"{field}.{key}")
                : throw At(source, map, $"{field}.{key}", "missing", key switch
                {
                    "value" => "the moment's target value (a number)",
                    "uncertainty" => "its standard error (a positive number)",
                    "source" => "a citation with page or table",
                    _ => $"one of {string.Join(", ", Moments.Names)}",
                });

            var moment = Need("moment");
            if (!Moments.Names.Contains(moment))
            {
                throw At(source, t["moment"], $"{field}.moment", $"unknown moment '{moment}'", $"one of {string.Join(", ", Moments.Names)}");
            }

            if (!seen.Add(moment))
            {
                throw At(source, t["moment"], $"{field}.moment", $"'{moment}' is targeted twice", "each moment once");
            }

            var value = Number(Need("value"), t["value"], source, $"{field}.value");
            var sd = Number(Need("uncertainty"), t["uncertainty"], source, $"{field}.uncertainty");
            if (!(sd > 0))
            {
                throw At(source, t["uncertainty"], $"{field}.uncertainty", $"{sd.ToString(CultureInfo.InvariantCulture)} is not positive", "a positive standard error");
            }

            var src = Need("source");
            if (src.Trim().Length == 0)
            {
                throw At(source, t["source"], $"{field}.source", "empty", "a citation with page or table");
            }

            targets.Add(new Target
            {
                Moment = moment,
                Value = value,
                Uncertainty = sd,
                Source = src,
                Note = t.TryGetValue("note", out var note) ? Scalar(note, source, $"{field}.note") : null,
            });
        }

        return new TargetSet
        {
            Name = keys.TryGetValue("name", out var nameNode) ? Scalar(nameNode, source, "name") : Path.GetFileNameWithoutExtension(source),
            Description = keys.TryGetValue("description", out var d) ? Scalar(d, source, "description") : null,
            Targets = targets,
        };
    }

    private static Dictionary<string, YamlNode> Keys(YamlMappingNode map, string source, string prefix, string[] allowed)
    {
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = Scalar(k, source, prefix);
            var field = prefix.Length == 0 ? key : $"{prefix}.{key}";
            if (!allowed.Contains(key))
            {
                throw At(source, k, field, $"unknown key '{key}'", $"one of {string.Join(", ", allowed)}");
            }

            if (!result.TryAdd(key, v))
            {
                throw At(source, k, field, $"'{key}' is given twice", "each key once");
            }
        }

        return result;
    }

    private static string Scalar(YamlNode node, string source, string field)
        => node is YamlScalarNode { Value: { } v } ? v : throw At(source, node, field, "not a single value", "a scalar");

    private static double Number(string text, YamlNode node, string source, string field)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw At(source, node, field, $"'{text}' is not a number", "a finite number");

    private static InputException At(string source, YamlNode node, string field, string problem, string expected)
        => new(source, (int)node.Start.Line, (int)node.Start.Column, field, problem, expected);
}
