using System.Globalization;
using SecurityDilemma.Scenarios.Tree;

namespace SecurityDilemma.Scenarios.Schema;

/// <summary>
/// Reads the fields of one mapping against its <see cref="FieldSpec"/>s: rejects unknown keys (with the
/// nearest valid one), checks types and ranges, and names file:line:col, the field path and the
/// expectation in every error.
/// </summary>
internal sealed class FieldReader
{
    private readonly MapNode map;
    private readonly IReadOnlyList<FieldSpec> fields;

    private FieldReader(MapNode map, string path, IReadOnlyList<FieldSpec> fields)
    {
        this.map = map;
        Path = path;
        this.fields = fields;
    }

    /// <summary>Dotted path of this mapping ("" for the root).</summary>
    public string Path { get; }

    public SourcePosition Position => map.Position;

    /// <summary>Opens <paramref name="node"/> as a mapping of <paramref name="fields"/>; any other value or any unknown key is an error.</summary>
    public static FieldReader Open(Node node, string path, IReadOnlyList<FieldSpec> fields)
    {
        if (node is not MapNode m)
        {
            throw Fail(node, path, path.Length == 0 ? $"the document is {node.Describe()}" : $"is {node.Describe()}", $"a mapping with fields {string.Join(", ", fields.Select(f => f.Key))}");
        }

        foreach (var e in m.Entries)
        {
            if (ScenarioSchema.Find(fields, e.Key) is null)
            {
                var keys = fields.Select(f => f.Key).ToArray();
                throw new ScenarioException(
                    e.KeyPosition.Source,
                    e.KeyPosition.Line,
                    e.KeyPosition.Column,
                    Join(path, e.Key),
                    $"unknown field '{e.Key}'{Suggestions.DidYouMean(e.Key, keys)}",
                    $"one of {string.Join(", ", keys)}");
            }
        }

        return new FieldReader(m, path, fields);
    }

    /// <summary>The dotted path of a child.</summary>
    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>An error at <paramref name="node"/>'s position.</summary>
    public static ScenarioException Fail(Node node, string field, string problem, string expected)
        => new(node.Position.Source, node.Position.Line, node.Position.Column, field, problem, expected);

    /// <summary>The spec of <paramref name="key"/>; asking for a key the schema lacks is a bug in the loader.</summary>
    public FieldSpec Spec(string key)
        => ScenarioSchema.Find(fields, key) ?? throw new InvalidOperationException($"'{key}' is not in the scenario schema at '{Path}'");

    /// <summary>The node under <paramref name="key"/>, or null when absent (a YAML null counts as absent only for nullable fields).</summary>
    public Node? Node(string key)
    {
        var spec = Spec(key);
        var node = map.Get(key);
        if (node is null || (node is ScalarNode { IsNull: true } && spec.Nullable))
        {
            if (spec.Required)
            {
                throw new ScenarioException(map.Position.Source, map.Position.Line, map.Position.Column, Join(Path, key), "missing required field", spec.Expected);
            }

            return null;
        }

        return node;
    }

    public string Text(string key)
    {
        var node = Node(key) ?? throw new InvalidOperationException($"'{key}' must be required");
        return node is ScalarNode { Text: { Length: > 0 and <= Limits.MaxNameLength } text } && !string.IsNullOrWhiteSpace(text)
            ? text
            : ReadText(node, Join(Path, key), Spec(key).Expected);
    }

    /// <summary>A name: any non-empty scalar up to <see cref="Limits.MaxNameLength"/> characters.</summary>
    public static string ReadText(Node node, string field, string expected)
    {
        if (node is not ScalarNode { Text: { } text })
        {
            throw Fail(node, field, $"is {node.Describe()}", expected);
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > Limits.MaxNameLength)
        {
            throw Fail(node, field, text.Length > Limits.MaxNameLength ? $"is {text.Length} characters long" : "is blank", expected);
        }

        return text;
    }

    public double Number(string key, double fallback) => NullableNumber(key) ?? fallback;

    public double? NullableNumber(string key)
    {
        var spec = Spec(key);
        if (Node(key) is not { } node)
        {
            return null;
        }

        var x = ParseNumber(node, key, spec);
        CheckRange(node, key, spec, x);
        return x;
    }

    public int Integer(string key, int fallback) => NullableInteger(key) ?? fallback;

    public int? NullableInteger(string key)
    {
        var spec = Spec(key);
        if (Node(key) is not { } node)
        {
            return null;
        }

        var x = ParseNumber(node, key, spec);
        if (x != Math.Floor(x))
        {
            throw Fail(node, Join(Path, key), $"{Show(node)} is not a whole number", spec.Expected);
        }

        CheckRange(node, key, spec, x);
        return (int)x;
    }

    /// <summary>A 64-bit unsigned integer (the seed).</summary>
    public ulong UnsignedInteger(string key, ulong fallback)
    {
        var spec = Spec(key);
        if (Node(key) is not { } node)
        {
            return fallback;
        }

        var field = Join(Path, key);
        if (node is ScalarNode { Quoted: false, Text: { } text } && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        throw Fail(node, field, $"{Show(node)} is not a whole number from 0 to {ulong.MaxValue}", spec.Expected);
    }

    public bool Boolean(string key, bool fallback)
    {
        var spec = Spec(key);
        if (Node(key) is not { } node)
        {
            return fallback;
        }

        return node is ScalarNode { Quoted: false, Text: { } text } && text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
            ? text[0] is 't' or 'T'
            : throw Fail(node, Join(Path, key), $"{Show(node)} is not a boolean", spec.Expected);
    }

    /// <summary>A snake_case choice mapped onto <typeparamref name="T"/>'s members in declaration order.</summary>
    public T Choice<T>(string key, T fallback)
        where T : struct, Enum
    {
        var spec = Spec(key);
        if (Node(key) is not { } node)
        {
            return fallback;
        }

        if (node is ScalarNode { Text: { } text })
        {
            for (var i = 0; i < spec.Choices.Count; i++)
            {
                if (spec.Choices[i] == text)
                {
                    return Enum.GetValues<T>()[i];
                }
            }

            throw Fail(node, Join(Path, key), $"unknown value '{text}'{Suggestions.DidYouMean(text, spec.Choices)}", spec.Expected);
        }

        throw Fail(node, Join(Path, key), $"is {node.Describe()}", spec.Expected);
    }

    /// <summary>A nested mapping, or null when absent.</summary>
    public FieldReader? Object(string key)
    {
        var spec = Spec(key);
        return Node(key) is { } node ? Open(node, Join(Path, key), spec.Fields) : null;
    }

    /// <summary>The items of a list field (empty when absent), with its size checked before any item is read.</summary>
    public IReadOnlyList<Node> List(string key)
    {
        var spec = Spec(key);
        if (Node(key) is not { } node)
        {
            return [];
        }

        var field = Join(Path, key);
        if (node is not SequenceNode seq)
        {
            throw Fail(node, field, $"is {node.Describe()}", spec.Expected);
        }

        if (seq.Items.Count < spec.MinItems || seq.Items.Count > (spec.EffectiveMaxItems ?? long.MaxValue))
        {
            throw Fail(node, field, $"has {seq.Items.Count} item{(seq.Items.Count == 1 ? "" : "s")}", spec.Expected);
        }

        return seq.Items;
    }

    /// <summary>A list of names with their nodes (for positions in later errors).</summary>
    public IReadOnlyList<(string Name, Node Node)> TextList(string key)
    {
        var items = List(key);
        var field = Join(Path, key);
        var result = new (string, Node)[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            result[i] = (items[i] is ScalarNode { Text: { Length: > 0 and <= Limits.MaxNameLength } t } && !string.IsNullOrWhiteSpace(t)
                ? t
                : ReadText(items[i], $"{field}[{i}]", "a state name"), items[i]);
        }

        return result;
    }

    private double ParseNumber(Node node, string key, FieldSpec spec)
    {
        if (node is ScalarNode { Quoted: false, Text: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
        {
            return double.IsFinite(x) ? x : throw Fail(node, Join(Path, key), $"{Show(node)} is not finite", spec.Expected);
        }

        throw Fail(node, Join(Path, key), $"{Show(node)} is not a number", spec.Expected);
    }

    private void CheckRange(Node node, string key, FieldSpec spec, double x)
    {
        var low = spec.Minimum is { } min && (spec.ExclusiveMinimum ? x <= min : x < min);
        var high = spec.EffectiveMaximum is { } max && x > max;
        if (low || high)
        {
            var why = low && spec.Minimum == 0 && !spec.ExclusiveMinimum ? "is negative" : low ? "is too small" : "is too large";
            throw Fail(node, Join(Path, key), $"{Show(node)} {why}", spec.Expected);
        }
    }

    private static string Show(Node node)
        => node is ScalarNode { Text: { } t, Quoted: false }
            ? double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? t : $"'{t}'"
            : node.Describe();
}
