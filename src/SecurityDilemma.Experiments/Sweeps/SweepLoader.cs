using System.Globalization;
using SecurityDilemma.Engine;
using SecurityDilemma.Experiments.Sampling;
using SecurityDilemma.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SecurityDilemma.Experiments.Sweeps;

/// <summary>
/// Reads sweep files (docs/sweep-format.md, docs/sweep.schema.json). Every mistake is a <see cref="SweepException"/>
/// naming file:line:col and the field; unknown and duplicate keys are errors, never silently ignored.
/// </summary>
public static class SweepLoader
{
    internal static readonly string[] TopKeys =
        ["name", "base", "seed", "replications", "sampling", "samples", "parameters", "set", "metrics", "series"];

    private static readonly string[] RangeKeys = ["min", "max", "steps", "integer"];

    /// <summary>Reads and parses the sweep file at <paramref name="path"/>.</summary>
    public static SweepDefinition Load(string path)
    {
        string text;
        try
        {
            text = InputFile.ReadText(path, "a sweep file, e.g. sweeps/cultures.yaml", Limits.MaxFileBytes);
        }
        catch (InputException e) when (e is not SweepException)
        {
            throw new SweepException(e.Source, e.Line, e.Column, e.Field, e.Problem, e.Expected);
        }

        return Parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    /// <summary>Parses sweep YAML; <paramref name="source"/> names it in messages, <paramref name="directory"/> anchors relative paths.</summary>
    public static SweepDefinition Parse(string text, string source, string directory)
    {
        var root = ParseYaml(text, source);
        var keys = CheckKeys(root, source, "", TopKeys);

        string Str(string key, string fallback) => keys.TryGetValue(key, out var n) ? Scalar(n, source, key) : fallback;

        var name = Str("name", Path.GetFileNameWithoutExtension(source));
        var seed = keys.TryGetValue("seed", out var seedNode) ? ParseULong(seedNode, source, "seed") : 1UL;
        var replications = keys.TryGetValue("replications", out var repNode) ? ParseInt(repNode, source, "replications") : 1;
        if (replications < 1 || replications > SweepLimits.MaxReplications)
        {
            throw At(source, repNode!, "replications", $"{replications} is out of range", $"1 to {SweepLimits.MaxReplications:N0} ({LimitOverrides.Hint(LimitOverrides.SweepReplications)})");
        }

        var sampling = Str("sampling", "grid");
        if (!Samplers.Names.Contains(sampling))
        {
            throw At(source, keys["sampling"], "sampling", $"unknown sampler '{sampling}'", $"one of {string.Join(", ", Samplers.Names)}");
        }

        int? samples = null;
        if (keys.TryGetValue("samples", out var samplesNode))
        {
            if (sampling == "grid")
            {
                throw At(source, samplesNode, "samples", "a grid takes every combination, so a sample size means nothing here", "no 'samples' with 'sampling: grid', or sampling: random / latin_hypercube");
            }

            samples = ParseInt(samplesNode, source, "samples");
            if (samples < 1 || samples > SweepLimits.MaxSamples)
            {
                throw At(source, samplesNode, "samples", $"{samples} is out of range", $"1 to {SweepLimits.MaxSamples:N0} ({LimitOverrides.Hint(LimitOverrides.SweepSamples)})");
            }
        }
        else if (sampling != "grid")
        {
            throw At(source, root, "samples", $"sampling '{sampling}' needs a sample size", "samples: N (1 to 1,000,000)");
        }

        if (!keys.TryGetValue("parameters", out var paramsNode))
        {
            throw At(source, root, "parameters", "missing", "a mapping of --set paths to value lists or ranges");
        }

        var parameters = ParseParameters(paramsNode, source, sampling);

        string? baseScenario = null;
        int baseLine = 0, baseColumn = 0;
        if (keys.TryGetValue("base", out var baseNode))
        {
            baseScenario = Scalar(baseNode, source, "base");
            baseLine = (int)baseNode.Start.Line;
            baseColumn = (int)baseNode.Start.Column;
            if (parameters.Any(p => p.Path == SweepParameter.ScenarioPath))
            {
                throw At(source, baseNode, "base", "both 'base' and a 'scenario' parameter choose the scenario", "one of the two");
            }
        }
        else if (!parameters.Any(p => p.Path == SweepParameter.ScenarioPath))
        {
            throw At(source, root, "base", "missing", "the base scenario file, relative to the sweep file (or a 'scenario' parameter listing files)");
        }

        var fixedOverrides = new List<FixedOverride>();
        if (keys.TryGetValue("set", out var setNode))
        {
            if (setNode is not YamlMappingNode setMap)
            {
                throw At(source, setNode, "set", "not a mapping", "PATH: VALUE lines, e.g. years: 50");
            }

            foreach (var (k, v) in setMap.Children)
            {
                var path = Scalar(k, source, "set");
                fixedOverrides.Add(new FixedOverride(new ParameterOverride(path, ListValue(v, source, $"set.{path}")), (int)v.Start.Line, (int)v.Start.Column));
            }
        }

        var metrics = RunMetrics.Names.ToList();
        if (keys.TryGetValue("metrics", out var metricsNode))
        {
            if (metricsNode is not YamlSequenceNode seq || seq.Children.Count == 0)
            {
                throw At(source, metricsNode, "metrics", "not a non-empty list", $"a list of metric names: {string.Join(", ", RunMetrics.Names)}");
            }

            var chosen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in seq.Children)
            {
                var m = Scalar(item, source, "metrics");
                if (!RunMetrics.Names.Contains(m))
                {
                    throw At(source, item, "metrics", $"unknown metric '{m}'", $"one of {string.Join(", ", RunMetrics.Names)}");
                }

                if (!chosen.Add(m))
                {
                    throw At(source, item, "metrics", $"'{m}' is listed twice", "each metric once");
                }
            }

            metrics = RunMetrics.Names.Where(chosen.Contains).ToList();
        }

        var series = false;
        if (keys.TryGetValue("series", out var seriesNode))
        {
            var s = Plain(seriesNode, source, "series", "true or false");
            series = s switch
            {
                "true" => true,
                "false" => false,
                _ => throw At(source, seriesNode, "series", $"'{s}' is not a boolean", "true or false"),
            };
        }

        return new SweepDefinition
        {
            Source = source,
            Text = text,
            Directory = directory,
            Name = name,
            Base = baseScenario,
            BaseLine = baseLine,
            BaseColumn = baseColumn,
            Seed = seed,
            Replications = replications,
            Sampling = sampling,
            Samples = samples,
            Parameters = parameters,
            Metrics = metrics,
            Series = series,
            Fixed = fixedOverrides,
        };
    }

    private static List<SweepParameter> ParseParameters(YamlNode node, string source, string sampling)
    {
        if (node is not YamlMappingNode map || map.Children.Count == 0)
        {
            throw At(source, node, "parameters", "not a non-empty mapping", "PATH: [values] or PATH: {min: A, max: B}");
        }

        var result = new List<SweepParameter>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var path = Scalar(keyNode, source, "parameters");
            var field = $"parameters.{path}";
            if (path.Length == 0 || path.Any(char.IsWhiteSpace))
            {
                throw At(source, keyNode, field, "not a --set path", "a path such as technology.distinguishability or states.*.prior_trust");
            }

            var line = (int)keyNode.Start.Line;
            var column = (int)keyNode.Start.Column;
            switch (valueNode)
            {
                case YamlSequenceNode seq:
                    if (seq.Children.Count == 0)
                    {
                        throw At(source, seq, field, "empty value list", "at least one value");
                    }

                    var values = seq.Children.Select(c => ListValue(c, source, field)).ToList();
                    var dup = values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                    if (dup is not null)
                    {
                        throw At(source, seq, field, $"value '{dup.Key}' is listed twice", "distinct values (replications repeat a point)");
                    }

                    result.Add(new SweepParameter { Path = path, Values = values, Line = line, Column = column });
                    break;
                case YamlMappingNode range:
                    if (path == SweepParameter.ScenarioPath)
                    {
                        throw At(source, range, field, "scenario files cannot be a range", "a list of scenario files");
                    }

                    result.Add(ParseRange(range, source, field, path, sampling, line, column));
                    break;
                default:
                    throw At(source, valueNode, field, "neither a value list nor a range", "[v1, v2, ...] or {min: A, max: B} (add steps: N for a grid)");
            }
        }

        return result;
    }

    private static SweepParameter ParseRange(YamlMappingNode range, string source, string field, string path, string sampling, int line, int column)
    {
        var keys = CheckKeys(range, source, field + ".", RangeKeys);
        if (!keys.TryGetValue("min", out var minNode) || !keys.TryGetValue("max", out var maxNode))
        {
            throw At(source, range, field, "a range needs both min and max", "{min: A, max: B}");
        }

        var min = ParseDouble(minNode, source, field + ".min");
        var max = ParseDouble(maxNode, source, field + ".max");
        if (!(min < max))
        {
            throw At(source, range, field, $"empty range [{SweepParameter.Format(min)}, {SweepParameter.Format(max)}]", "min < max");
        }

        int? steps = null;
        if (keys.TryGetValue("steps", out var stepsNode))
        {
            steps = ParseInt(stepsNode, source, field + ".steps");
            if (steps < 2 || steps > SweepLimits.MaxSamples)
            {
                throw At(source, stepsNode, field + ".steps", $"{steps} is out of range", $"2 to {SweepLimits.MaxSamples:N0} ({LimitOverrides.Hint(LimitOverrides.SweepSamples)})");
            }

            if (sampling != "grid")
            {
                throw At(source, stepsNode, field + ".steps", $"steps only apply to a grid, but sampling is '{sampling}'", "no steps (the sampler draws the values)");
            }
        }
        else if (sampling == "grid")
        {
            throw At(source, range, field, "a range in a grid needs a number of steps", "steps: N, or sampling: random / latin_hypercube with samples: N");
        }

        var integer = false;
        if (keys.TryGetValue("integer", out var intNode))
        {
            var s = Plain(intNode, source, field + ".integer", "true or false");
            integer = s switch
            {
                "true" => true,
                "false" => false,
                _ => throw At(source, intNode, field + ".integer", $"'{s}' is not a boolean", "true or false"),
            };
        }

        return new SweepParameter { Path = path, Min = min, Max = max, Steps = steps, Integer = integer, Line = line, Column = column };
    }

    private static YamlMappingNode ParseYaml(string text, string source)
    {
        var stream = new YamlStream();
        try
        {
            CheckStructure(text, source);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && cut > 0)
            {
                message = message[(cut + 3)..];
            }

            throw new SweepException(source, (int)e.Start.Line, (int)e.Start.Column, "", $"invalid YAML: {message}", "a YAML mapping (spaces, not tabs, for indentation)");
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SweepException(source, 1, 1, "", "the file is not one YAML mapping", "keys such as base:, parameters:, replications:");
        }

        return root;
    }

    /// <summary>
    /// One pass over the YAML events before the recursive loader sees them: nesting deeper than the scenario limit
    /// (100,000 levels of flow maps would overflow the stack) and YAML tags (<c>!!str 0.5</c>) are refused at their place.
    /// </summary>
    private static void CheckStructure(string text, string source)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            if (e is NodeEvent { Tag.IsEmpty: false } tagged)
            {
                throw new SweepException(source, (int)e.Start.Line, (int)e.Start.Column, "", $"a YAML tag ('{tagged.Tag.Value.Replace("tag:yaml.org,2002:", "!!", StringComparison.Ordinal)}')", "plain values without tags (numbers unquoted, as in scenario files)");
            }

            if (e is MappingStart or SequenceStart && ++depth > Limits.MaxNesting)
            {
                throw new SweepException(source, (int)e.Start.Line, (int)e.Start.Column, "", $"nesting deeper than {Limits.MaxNesting} levels", "a sweep file (a few levels of nesting)");
            }

            if (e is MappingEnd or SequenceEnd)
            {
                depth--;
            }
        }
    }

    /// <summary>Keys of a mapping by name; duplicates and keys outside <paramref name="allowed"/> are errors.</summary>
    private static Dictionary<string, YamlNode> CheckKeys(YamlMappingNode map, string source, string prefix, string[] allowed)
    {
        var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = Scalar(k, source, prefix.TrimEnd('.'));
            if (!allowed.Contains(key))
            {
                throw At(source, k, prefix + key, "unknown key", $"one of {string.Join(", ", allowed)}");
            }

            if (!keys.TryAdd(key, v))
            {
                throw At(source, k, prefix + key, "duplicate key", "each key once");
            }
        }

        return keys;
    }

    private static string Scalar(YamlNode node, string source, string field)
        => node is YamlScalarNode { Value: { } v } ? v : throw At(source, node, field, "not a single value", "a scalar");

    /// <summary>A number or boolean: unquoted, as scenario files require (a quoted "0.5" is text).</summary>
    private static string Plain(YamlNode node, string source, string field, string expected)
    {
        var s = Scalar(node, source, field);
        return node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any }
            ? s
            : throw At(source, node, field, $"'{s}' is quoted, so it is text", $"{expected}, unquoted (as in scenario files)");
    }

    /// <summary>A value-list entry: a quoted number or boolean is refused, as the scenario file would refuse it.</summary>
    private static string ListValue(YamlNode node, string source, string field)
    {
        var s = Scalar(node, source, field);
        var looksTyped = s is "true" or "false" || double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return looksTyped && node is YamlScalarNode { Style: not (ScalarStyle.Plain or ScalarStyle.Any) }
            ? throw At(source, node, field, $"'{s}' is quoted, so it is text", "numbers and booleans unquoted (as in scenario files)")
            : s;
    }

    private static int ParseInt(YamlNode node, string source, string field)
    {
        var s = Plain(node, source, field, "an integer");
        return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw At(source, node, field, $"'{s}' is not a whole number", "an integer");
    }

    private static ulong ParseULong(YamlNode node, string source, string field)
    {
        var s = Plain(node, source, field, "an integer");
        return ulong.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw At(source, node, field, $"'{s}' is not a non-negative whole number", "an integer from 0 to 18446744073709551615");
    }

    private static double ParseDouble(YamlNode node, string source, string field)
    {
        var s = Plain(node, source, field, "a number");
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw At(source, node, field, $"'{s}' is not a number", "a finite number");
    }

    internal static SweepException At(string source, YamlNode node, string field, string problem, string expected)
        => new(source, (int)node.Start.Line, (int)node.Start.Column, field, problem, expected);
}
