namespace SecurityDilemma.Cli.Tests.Docs;

/// <summary>One <c>dilemma</c> command shown in a document: its arguments and the line it starts on.</summary>
public sealed record DocCommand(int Line, string Text, IReadOnlyList<string> Args);
