namespace SecurityDilemma.Cli.Tests.Docs;

/// <summary>What the commands of one block did: their exit codes, and their stdout and stderr run together in order.</summary>
public sealed record BlockOutcome(IReadOnlyList<int> ExitCodes, string Stdout, string Stderr, string WorkingDirectory);
