using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace SecurityDilemma.Cli.Tests.Docs;

/// <summary>
/// Docs that run: every command block of README.md and docs/*.md is run in document order, in this process, on a
/// temporary copy of the repository (so a block may use files an earlier block of the same document wrote), and must
/// exit as the document says (0 unless an <c>exit:</c> claim says otherwise) and print what the claims after it say.
/// The convention is in docs/contributing.md.
/// </summary>
public class DocsRunTests(ITestOutputHelper output)
{
    /// <summary>Every document of the repository that shows at least one command, relative to the repository root.</summary>
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var doc in AllDocuments().Where(d => Blocks(d).Count > 0))
        {
            data.Add(doc);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryCommandBlock_ExitsAsDocumented_AndPrintsWhatItsClaimsSay(string document)
    {
        var blocks = Blocks(document);
        using var copy = new RepoCopy();
        var failures = new List<string>();
        var checkedClaims = 0;
        foreach (var block in blocks)
        {
            var expectedExit = OutputClaim.ExpectedExit(block.Claims);
            var codes = new List<int>();
            var stdout = new System.Text.StringBuilder();
            var stderr = new System.Text.StringBuilder();
            foreach (var command in block.Commands)
            {
                var clock = Stopwatch.StartNew();
                var r = Cli.Run([.. command.Args], copy.Root);
                output.WriteLine(FormattableString.Invariant($"{document}:{command.Line}: exit {r.ExitCode} in {clock.Elapsed.TotalSeconds:F1} s: {command.Text}"));
                codes.Add(r.ExitCode);
                stdout.Append(r.Stdout);
                stderr.Append(r.Stderr);
                if (r.ExitCode != expectedExit)
                {
                    failures.Add($"{document}:{command.Line}: `{command.Text}` exited {r.ExitCode}, the document expects {expectedExit}"
                        + " (a usage synopsis with [OPTIONS] or placeholders belongs in a ```text block)\n"
                        + Excerpt(r.ToString()));
                }
            }

            var outcome = new BlockOutcome(codes, stdout.ToString(), stderr.ToString(), copy.Root);
            foreach (var claim in block.Claims)
            {
                checkedClaims++;
                if (claim.Check(outcome) is { } why)
                {
                    failures.Add($"{document}:{why}\n" + Excerpt($"--- stdout\n{outcome.Stdout}\n--- stderr\n{outcome.Stderr}"));
                }
            }
        }

        output.WriteLine($"{document}: {blocks.Sum(b => b.Commands.Count)} commands in {blocks.Count} blocks, {checkedClaims} claims about their output");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void TheReadme_ShowsCommandsThatRun_AndClaimsAboutTheirOutput()
    {
        var readme = Blocks("README.md");
        Assert.Contains(readme, b => b.Commands.Any(c => c.Args is ["run", "scenarios/spiral.yaml", ..]));
        Assert.True(readme.Sum(b => b.Claims.Count) >= 5, "the README should say what its commands print");
    }

    private static IReadOnlyList<DocBlock> Blocks(string document)
        => MarkdownCommands.Extract(document, File.ReadAllText(Path.Combine(Cli.RepoRoot, document)));

    private static IEnumerable<string> AllDocuments()
        => new[] { "README.md" }.Concat(
            Directory.GetFiles(Path.Combine(Cli.RepoRoot, "docs"), "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Cli.RepoRoot, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal));

    private static string Excerpt(string text)
        => text.Length <= 3000 ? text : string.Concat(text.AsSpan(0, 3000), $"\n... ({text.Length.ToString(CultureInfo.InvariantCulture)} characters in all)");
}
