namespace SecurityDilemma.Scenarios.Tree;

/// <summary>A YAML mapping with unique string keys, in document order.</summary>
internal sealed class MapNode(SourcePosition position, IReadOnlyList<MapEntry> entries) : Node(position)
{
    public IReadOnlyList<MapEntry> Entries { get; } = entries;

    public override string Describe() => "a mapping";

    /// <summary>The value under <paramref name="key"/>, or null when absent. Maps are small, so a scan is fastest.</summary>
    public Node? Get(string key)
    {
        foreach (var e in Entries)
        {
            if (e.Key == key)
            {
                return e.Value;
            }
        }

        return null;
    }

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/> (replaced in place or appended).</summary>
    public MapNode With(string key, Node value)
    {
        var list = new List<MapEntry>(Entries.Count + 1);
        var found = false;
        foreach (var e in Entries)
        {
            if (e.Key == key)
            {
                list.Add(e with { Value = value });
                found = true;
            }
            else
            {
                list.Add(e);
            }
        }

        if (!found)
        {
            list.Add(new MapEntry(key, value.Position, value));
        }

        return new MapNode(Position, list);
    }
}
