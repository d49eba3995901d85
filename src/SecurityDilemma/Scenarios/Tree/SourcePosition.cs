namespace SecurityDilemma.Scenarios.Tree;

/// <summary>Where a node came from: a file and 1-based line and column, or an option such as "--set" with no position.</summary>
internal readonly record struct SourcePosition(string Source, int? Line, int? Column);
