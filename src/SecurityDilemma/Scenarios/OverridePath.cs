using SecurityDilemma.Scenarios.Schema;
using SecurityDilemma.Scenarios.Tree;

namespace SecurityDilemma.Scenarios;

/// <summary>
/// Applies one <c>--set PATH=VALUE</c> to a document tree. Paths follow the YAML keys:
/// <c>years</c>, <c>technology.distinguishability</c>, <c>states.Athens.motive</c>, <c>states[0].offense</c>,
/// <c>states.*.worst_case_bias</c> (every state), <c>borders[2].defensibility</c>, <c>alliances.*.commitment</c>.
/// Only the nodes on the path are copied; the rest of the tree is shared.
/// </summary>
internal static class OverridePath
{
    private const string Source = "--set";

    private abstract record Segment;

    private sealed record Key(string Name) : Segment;

    private sealed record Index(int Value) : Segment;

    private sealed record All : Segment;

    /// <summary>The tree with <paramref name="o"/> applied; the value's type and range are checked later by Build.</summary>
    public static Node Apply(Node? root, ParameterOverride o)
    {
        var segments = Parse(o.Path);
        var value = o.Value.Length > 0 && o.Value[0] is '[' or '{' or '"' or '\''
            ? YamlTreeReader.ReadValue(o.Value, Source)
            : ScalarNode.Plain(new SourcePosition(Source, null, null), o.Value);
        var map = root as MapNode ?? new MapNode(new SourcePosition(Source, null, null), []);
        return Set(map, ScenarioSchema.Root, segments, 0, "", o.Path, value);
    }

    /// <summary>Every settable path pattern, for "expected" in messages.</summary>
    public static string KnownPaths(IReadOnlyList<FieldSpec> fields, string prefix)
    {
        var list = new List<string>();
        foreach (var f in fields)
        {
            var p = FieldReader.Join(prefix, f.Key);
            switch (f.Kind)
            {
                case FieldKind.Object:
                    list.AddRange(f.Fields.Select(c => $"{p}.{c.Key}"));
                    break;
                case FieldKind.ObjectList:
                    var item = f.ItemsNamed ? $"{p}.NAME" : $"{p}[i]";
                    list.Add($"{item}.{{{string.Join("|", f.Fields.Select(c => c.Key))}}}");
                    break;
                default:
                    list.Add(p);
                    break;
            }
        }

        return string.Join(", ", list);
    }

    private static MapNode Set(MapNode map, IReadOnlyList<FieldSpec> fields, Segment[] segments, int i, string prefix, string path, Node value)
    {
        if (segments[i] is not Key key)
        {
            throw Bad(path, $"'{Show(segments[i])}' where a field name belongs after '{(prefix.Length == 0 ? "(the top)" : prefix)}'", KnownPaths(fields, prefix));
        }

        var spec = ScenarioSchema.Find(fields, key.Name)
            ?? throw Bad(path, $"unknown field '{key.Name}'{(prefix.Length == 0 ? "" : $" in {prefix}")}{Suggestions.DidYouMean(key.Name, fields.Select(f => f.Key))}", KnownPaths(fields, prefix));
        var here = FieldReader.Join(prefix, key.Name);
        var last = i == segments.Length - 1;
        switch (spec.Kind)
        {
            case FieldKind.Object:
                if (last)
                {
                    throw Bad(path, $"{here} is a mapping, not a value", KnownPaths(spec.Fields, here));
                }

                var child = map.Get(key.Name) as MapNode ?? new MapNode(new SourcePosition(Source, null, null), []);
                return map.With(key.Name, Set(child, spec.Fields, segments, i + 1, here, path, value));

            case FieldKind.ObjectList:
                if (last || i + 2 >= segments.Length)
                {
                    throw Bad(path, $"{here} is a list; name an item and one of its fields", KnownPaths([spec], prefix));
                }

                if (map.Get(key.Name) is not SequenceNode list)
                {
                    throw Bad(path, $"the scenario has no {here} to change", $"a path to a field that the scenario defines");
                }

                var items = list.Items.ToArray();
                foreach (var k in Select(list, spec, segments[i + 1], here, path))
                {
                    var itemPath = ScenarioBuilder.ItemPath(here, k, items[k]);
                    if (items[k] is not MapNode item)
                    {
                        throw Bad(path, $"{itemPath} is {items[k].Describe()}, not a mapping", "a scenario that loads without the override");
                    }

                    items[k] = Set(item, spec.Fields, segments, i + 2, itemPath, path, value);
                }

                return map.With(key.Name, new SequenceNode(list.Position, items));

            default:
                if (!last)
                {
                    throw Bad(path, $"{here} is a value and has no field '{Show(segments[i + 1])}'", here);
                }

                return map.With(key.Name, value);
        }
    }

    private static IEnumerable<int> Select(SequenceNode list, FieldSpec spec, Segment selector, string here, string path)
    {
        switch (selector)
        {
            case All:
                return Enumerable.Range(0, list.Items.Count);
            case Index { Value: var k }:
                return k < list.Items.Count
                    ? [k]
                    : throw Bad(path, $"{here}[{k}] does not exist ({here} has {list.Items.Count} item{(list.Items.Count == 1 ? "" : "s")})", $"an index from 0 to {list.Items.Count - 1}, or '*' for all");
            case Key { Name: var name } when spec.ItemsNamed:
                for (var k = 0; k < list.Items.Count; k++)
                {
                    if (list.Items[k] is MapNode m && m.Get("name") is ScalarNode { Text: var n } && n == name)
                    {
                        return [k];
                    }
                }

                var names = list.Items.Select(n => (n as MapNode)?.Get("name") is ScalarNode { Text: { } t } ? t : null).OfType<string>().ToArray();
                throw Bad(path, $"no item of {here} is named '{name}'{Suggestions.DidYouMean(name, names)}", $"one of {Suggestions.List(names)}, an index like {here}[0], or '*' for all");
            default:
                throw Bad(path, $"items of {here} have no name; address them by index", $"{here}[i] with i from 0 to {list.Items.Count - 1}, or {here}.*");
        }
    }

    private static Segment[] Parse(string path)
    {
        var result = new List<Segment>();
        foreach (var part in path.Split('.'))
        {
            var p = part;
            var bracket = p.IndexOf('[', StringComparison.Ordinal);
            var head = bracket < 0 ? p : p[..bracket];
            if (head.Length == 0 && bracket != 0)
            {
                throw Bad(path, "an empty path segment", "a path like states.Athens.offense or states[0].offense");
            }

            if (head.Length > 0)
            {
                result.Add(head == "*" ? new All() : new Key(head));
            }

            while (bracket >= 0)
            {
                var close = p.IndexOf(']', bracket);
                if (close < 0 || !int.TryParse(p.AsSpan(bracket + 1, close - bracket - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k))
                {
                    throw Bad(path, $"a malformed index in '{part}'", "an index like states[0]");
                }

                result.Add(new Index(k));
                p = p[(close + 1)..];
                bracket = p.Length == 0 ? -1 : p[0] == '[' ? 0 : throw Bad(path, $"unexpected text after ']' in '{part}'", "an index like states[0]");
            }
        }

        if (result.Count == 0 || result[0] is not Key)
        {
            throw Bad(path, "does not start with a field name", KnownPaths(ScenarioSchema.Root, ""));
        }

        return [.. result];
    }

    private static string Show(Segment s) => s switch
    {
        Key k => k.Name,
        Index ix => $"[{ix.Value}]",
        _ => "*",
    };

    private static ScenarioException Bad(string path, string problem, string expected)
        => new(Source, null, null, path, problem, expected);
}
