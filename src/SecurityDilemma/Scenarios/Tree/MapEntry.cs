namespace SecurityDilemma.Scenarios.Tree;

/// <summary>One key and its value in a <see cref="MapNode"/>.</summary>
internal readonly record struct MapEntry(string Key, SourcePosition KeyPosition, Node Value);
