using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SecurityDilemma.Scenarios.Tree;

/// <summary>
/// Reads YAML text into a <see cref="Node"/> tree from YamlDotNet's event parser, keeping every node's
/// line and column, rejecting duplicate keys and non-scalar keys, and naming the real position of a tab
/// indent (YamlDotNet reports those at 1:1).
/// </summary>
internal static class YamlTreeReader
{
    private const string ExpectedDocument = "a YAML mapping of scenario fields (see docs/scenario-format.md)";

    /// <summary>Parses <paramref name="text"/>; returns null when it holds no document (empty or only comments).</summary>
    public static Node? Read(string text, string source) => Read(text, source, keepPositions: true, ExpectedDocument);

    /// <summary>Parses a YAML file of another format (e.g. a force structure); syntax errors name <paramref name="expectedDocument"/>.</summary>
    public static Node? Read(string text, string source, string expectedDocument) => Read(text, source, keepPositions: true, expectedDocument);

    /// <summary>Parses a <c>--set</c> value written as YAML flow (<c>[A, B]</c>, <c>"quoted"</c>); positions are dropped.</summary>
    public static Node ReadValue(string text, string source)
        => Read(text, source, keepPositions: false, ExpectedDocument) ?? new ScalarNode(new SourcePosition(source, null, null), null, quoted: false);

    private static Node? Read(string text, string source, bool keepPositions, string expectedDocument)
    {
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, col) = LineColumn(text, nul);
            throw new ScenarioException(source, line, col, "", "binary content (a NUL byte), not YAML text", expectedDocument);
        }

        if (keepPositions)
        {
            CheckTabIndent(text, source);
        }

        var reader = new Reader(source, keepPositions);
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = reader.ReadNode(parser, 0, "");
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var at = parser.Current?.Start ?? Mark.Empty;
                throw new ScenarioException(source, (int)at.Line, (int)at.Column, "", "a second YAML document ('---')", "one document per file");
            }

            return root is ScalarNode { IsNull: true } ? null : root;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on some unterminated structures.
            var at = reader.Last;
            throw new ScenarioException(source, at.Line, at.Column, "", "not valid YAML: an unterminated or malformed structure after this point", expectedDocument);
        }
        catch (YamlException e)
        {
            var firstTab = text.IndexOf('\t', StringComparison.Ordinal);
            if (firstTab >= 0 && e.Start.Line <= 1 && e.Start.Column <= 1)
            {
                var (line, col) = LineColumn(text, firstTab);
                throw new ScenarioException(source, keepPositions ? line : null, keepPositions ? col : null, "", "a tab character where YAML expects spaces", "spaces for indentation and separation");
            }

            var message = e.Message.TrimEnd('.');
            throw new ScenarioException(source, keepPositions ? (int)e.Start.Line : null, keepPositions ? (int)e.Start.Column : null, "", $"not valid YAML: {message}", expectedDocument);
        }
    }

    /// <summary>YAML forbids tabs in indentation; find the first one on a line that holds content.</summary>
    private static void CheckTabIndent(string text, string source)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var i = start;
            var tab = -1;
            while (i < end && (text[i] == ' ' || text[i] == '\t'))
            {
                if (text[i] == '\t' && tab < 0)
                {
                    tab = i;
                }

                i++;
            }

            var content = i < end && text[i] != '\r' && text[i] != '#';
            if (tab >= 0 && content)
            {
                throw new ScenarioException(source, line, tab - start + 1, "", "a tab character in the indentation", "spaces for indentation (YAML forbids tabs there)");
            }

            line++;
            start = end + 1;
        }
    }

    private static (int Line, int Column) LineColumn(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private sealed class Reader(string source, bool keepPositions)
    {
        private readonly Dictionary<string, Node> anchors = new(StringComparer.Ordinal);

        /// <summary>Position of the last event read, for errors the parser reports without one.</summary>
        public SourcePosition Last { get; private set; } = new(source, keepPositions ? 1 : null, keepPositions ? 1 : null);

        private SourcePosition At(ParsingEvent e)
            => keepPositions ? new SourcePosition(source, (int)e.Start.Line, (int)e.Start.Column) : new SourcePosition(source, null, null);

        private static string Where(SourcePosition p)
            => p.Line is { } l ? string.Create(CultureInfo.InvariantCulture, $" (first at line {l})") : "";

        public Node ReadNode(IParser parser, int depth, string path)
        {
            var current = parser.Current ?? throw new YamlException("unexpected end of input");
            Last = At(current);
            if (current is NodeEvent { Tag.IsEmpty: false } tagged)
            {
                var p = At(current);
                throw new ScenarioException(source, p.Line, p.Column, path, $"a YAML tag ('{tagged.Tag.Value.Replace("tag:yaml.org,2002:", "!!", StringComparison.Ordinal)}')", "plain values without tags (numbers unquoted, text plain or quoted)");
            }

            if (depth > Limits.MaxNesting)
            {
                var p = At(current);
                throw new ScenarioException(source, p.Line, p.Column, "", $"nesting deeper than {Limits.MaxNesting} levels", "a scenario (a few levels of nesting)");
            }

            switch (current)
            {
                case Scalar s:
                    {
                        parser.MoveNext();
                        var node = s.Style == ScalarStyle.Plain
                            ? ScalarNode.Plain(At(s), s.Value)
                            : new ScalarNode(At(s), s.Value, quoted: true);
                        return Remember(s.Anchor, node);
                    }

                case AnchorAlias alias:
                    {
                        parser.MoveNext();
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            var p = At(alias);
                            throw new ScenarioException(source, p.Line, p.Column, "", $"alias '*{alias.Value.Value}' names no anchor defined before it", "an alias to an earlier '&anchor'");
                        }

                        return target;
                    }

                case SequenceStart seq:
                    {
                        parser.MoveNext();
                        var items = new List<Node>();
                        while (!parser.TryConsume<SequenceEnd>(out _))
                        {
                            items.Add(ReadNode(parser, depth + 1, $"{path}[{items.Count}]"));
                        }

                        return Remember(seq.Anchor, new SequenceNode(At(seq), items));
                    }

                case MappingStart map:
                    {
                        parser.MoveNext();
                        var entries = new List<MapEntry>();
                        while (!parser.TryConsume<MappingEnd>(out _))
                        {
                            var keyEvent = parser.Current ?? throw new YamlException("unexpected end of input");
                            var keyNode = ReadNode(parser, depth + 1, path);
                            var keyPos = At(keyEvent);
                            if (keyNode is not ScalarNode { Text: { } key })
                            {
                                throw new ScenarioException(source, keyPos.Line, keyPos.Column, path, $"a key that is {keyNode.Describe()}", "a plain field name such as 'name' or 'offense'");
                            }

                            var field = path.Length == 0 ? key : $"{path}.{key}";
                            foreach (var e in entries)
                            {
                                if (e.Key == key)
                                {
                                    throw new ScenarioException(source, keyPos.Line, keyPos.Column, field, $"duplicate key{Where(e.KeyPosition)}", "each key once per mapping");
                                }
                            }

                            var value = ReadNode(parser, depth + 1, field);
                            entries.Add(new MapEntry(key, keyPos, value));
                        }

                        return Remember(map.Anchor, new MapNode(At(map), entries));
                    }

                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
            }
        }

        private Node Remember(AnchorName anchor, Node node)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }

            return node;
        }
    }
}
