namespace SecurityDilemma.Cli.Tests.Docs;

/// <summary>A fenced block of a document that shows <c>dilemma</c> commands, with the claims written after it.</summary>
/// <param name="File">The document, relative to the repository root.</param>
/// <param name="Line">The line of the opening fence (1-based).</param>
/// <param name="Commands">The commands, in order.</param>
/// <param name="Claims">The claims about what the commands print, from the comments after the closing fence.</param>
public sealed record DocBlock(string File, int Line, IReadOnlyList<DocCommand> Commands, IReadOnlyList<OutputClaim> Claims)
{
    public override string ToString() => $"{File}:{Line}";
}
