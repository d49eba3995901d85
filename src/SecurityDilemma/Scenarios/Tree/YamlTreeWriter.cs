using System.Text;

namespace SecurityDilemma.Scenarios.Tree;

/// <summary>Writes a document tree back as block-style YAML (comments are not kept; key order is).</summary>
internal static class YamlTreeWriter
{
    public static string Write(Node root)
    {
        var b = new StringBuilder();
        Write(b, root, 0, inSequence: false);
        return b.ToString();
    }

    private static void Write(StringBuilder b, Node node, int indent, bool inSequence)
    {
        switch (node)
        {
            case MapNode map when map.Entries.Count > 0:
                var first = true;
                foreach (var e in map.Entries)
                {
                    if (!(first && inSequence))
                    {
                        b.Append(' ', indent);
                    }

                    first = false;
                    b.Append(Scalar(e.Key, quoted: false)).Append(':');
                    Child(b, e.Value, indent + 2);
                }

                break;
            case SequenceNode seq when seq.Items.Count > 0:
                foreach (var item in seq.Items)
                {
                    b.Append(' ', indent).Append("- ");
                    if (item is MapNode { Entries.Count: > 0 })
                    {
                        Write(b, item, indent + 2, inSequence: true);
                    }
                    else
                    {
                        b.Append(Inline(item)).Append('\n');
                    }
                }

                break;
            default:
                b.Append(' ', indent).Append(Inline(node)).Append('\n');
                break;
        }
    }

    private static void Child(StringBuilder b, Node value, int indent)
    {
        switch (value)
        {
            case MapNode { Entries.Count: > 0 }:
                b.Append('\n');
                Write(b, value, indent, inSequence: false);
                break;
            case SequenceNode { Items.Count: > 0 } seq when seq.Items.All(i => i is ScalarNode):
                b.Append(' ').Append(Inline(value)).Append('\n');
                break;
            case SequenceNode { Items.Count: > 0 }:
                b.Append('\n');
                Write(b, value, indent, inSequence: false);
                break;
            default:
                b.Append(' ').Append(Inline(value)).Append('\n');
                break;
        }
    }

    private static string Inline(Node node) => node switch
    {
        ScalarNode s => s.Text is null ? "null" : Scalar(s.Text, s.Quoted),
        SequenceNode q => $"[{string.Join(", ", q.Items.Select(Inline))}]",
        MapNode m => $"{{{string.Join(", ", m.Entries.Select(e => $"{Scalar(e.Key, false)}: {Inline(e.Value)}"))}}}",
        _ => "null",
    };

    private static string Scalar(string text, bool quoted)
    {
        var plain = !quoted && text.Length > 0 && !text.Any(c => c is ':' or '#' or '[' or ']' or '{' or '}' or ',' or '"' or '\'' or '\n' or '\t' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`')
            && text[0] != ' ' && text[^1] != ' ' && text[0] != '-' && text[0] != '?';
        if (plain || (!quoted && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            return text;
        }

        return "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
    }
}
