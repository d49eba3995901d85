namespace SecurityDilemma.Scenarios.Tree;

/// <summary>A YAML scalar; <see cref="Text"/> is null for a YAML null (<c>~</c>, <c>null</c> or nothing).</summary>
internal sealed class ScalarNode(SourcePosition position, string? text, bool quoted) : Node(position)
{
    public string? Text { get; } = text;

    /// <summary>The scalar was quoted, so it is a string even if it looks like a number.</summary>
    public bool Quoted { get; } = quoted;

    public bool IsNull => Text is null;

    public override string Describe() => Text is null ? "nothing (null)" : Quoted ? $"the text \"{Text}\"" : $"'{Text}'";

    /// <summary>A plain scalar as YAML's core schema reads it: null for <c>~</c>, <c>null</c> or empty.</summary>
    public static ScalarNode Plain(SourcePosition position, string text)
        => new(position, text is "" or "~" or "null" or "Null" or "NULL" ? null : text, quoted: false);
}
