namespace SecurityDilemma.Scenarios.Tree;

/// <summary>A YAML sequence.</summary>
internal sealed class SequenceNode(SourcePosition position, IReadOnlyList<Node> items) : Node(position)
{
    public IReadOnlyList<Node> Items { get; } = items;

    public override string Describe() => "a list";
}
