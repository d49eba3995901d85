namespace SecurityDilemma.Scenarios.Tree;

/// <summary>
/// A node of a parsed scenario document. Nodes are immutable, so a document with overrides shares every
/// untouched node with the original (copy on write), which keeps repeated overriding in sweeps cheap.
/// </summary>
internal abstract class Node(SourcePosition position)
{
    public SourcePosition Position { get; } = position;

    /// <summary>What kind of YAML value this is, for messages ("a mapping", "a list", "a value").</summary>
    public abstract string Describe();
}
