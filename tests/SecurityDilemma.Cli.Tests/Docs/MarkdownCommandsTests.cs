namespace SecurityDilemma.Cli.Tests.Docs;

/// <summary>The docs test's reader: which blocks run, which are usage, and how claims attach and fail.</summary>
public class MarkdownCommandsTests
{
    private const string Doc = """
        # Title

        ```text
        dilemma run FILE [--seed N]
        ```

        ```
        dilemma validate scenarios/spiral.yaml
        dotnet test SecurityDilemma.slnx
        $ dilemma run scenarios/spiral.yaml \
            --set 'states.*.prior_trust=0.9' --json   # one run as JSON
        ```
        <!-- output: contains "ok: spiral" -->
        <!-- output: matches "^\{" -->

        ```yaml
        dilemma: not a command
        ```

        ```sh
        dotnet run --project src/SecurityDilemma.Cli -- validate missing.yaml
        ```

        <!-- exit: 2 -->
        <!-- stderr: contains "missing.yaml" -->
        """;

    [Fact]
    public void Extract_RunsUnmarkedAndShellBlocks_SkipsTextAndOtherLanguages_AttachesClaims()
    {
        var blocks = MarkdownCommands.Extract("doc.md", Doc);
        Assert.Equal(2, blocks.Count);
        Assert.Equal(7, blocks[0].Line);
        Assert.Equal([["validate", "scenarios/spiral.yaml"], ["run", "scenarios/spiral.yaml", "--set", "states.*.prior_trust=0.9", "--json"]], blocks[0].Commands.Select(c => c.Args.ToArray()).ToArray());
        Assert.Equal([8, 10], blocks[0].Commands.Select(c => c.Line));
        Assert.Equal(["output: contains \"ok: spiral\"", "output: matches \"^\\{\""], blocks[0].Claims.Select(c => c.ToString()));
        Assert.Equal(["validate", "missing.yaml"], blocks[1].Commands.Single().Args);
        Assert.Equal(2, OutputClaim.ExpectedExit(blocks[1].Claims));
        Assert.Equal(0, OutputClaim.ExpectedExit(blocks[0].Claims));
    }

    [Fact]
    public void Extract_AnUnmarkedUsageSynopsis_BecomesACommandThatCannotRun()
    {
        var blocks = MarkdownCommands.Extract("doc.md", "```\ndilemma run FILE [--seed N] [--json]\n```\n");
        var args = blocks.Single().Commands.Single().Args;
        Assert.Equal(["run", "FILE", "[--seed", "N]", "[--json]"], args);
        Assert.Equal(2, Cli.Run([.. args]).ExitCode);
    }

    [Theory]
    [InlineData("```text\ndilemma run FILE\n```\n<!-- output: contains \"x\" -->\n", "after a block that runs no command")]
    [InlineData("```\ndilemma --help\n```\n<!-- output: includes \"x\" -->\n", "unknown claim")]
    [InlineData("```\ndilemma --help\n```\n<!-- exit: zero -->\n", "expected a whole number")]
    [InlineData("Some text.\n<!-- output: contains \"x\" -->\n", "must follow the closing fence")]
    [InlineData("```\ndilemma run scenarios/spiral.yaml | head\n```\n", "shell syntax '|'")]
    [InlineData("```\ndilemma run 'scenarios/spiral.yaml\n```\n", "unterminated ' quote")]
    public void Extract_RefusesWhatItCannotCheck(string doc, string message)
    {
        var e = Assert.Throws<FormatException>(() => MarkdownCommands.Extract("doc.md", doc));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Claims_FailWhenTheOutputDoesNotSayIt()
    {
        var outcome = new BlockOutcome([0], "ok: spiral (2 states, 100 years)\n", "", Cli.RepoRoot);
        string? Check(string comment) => OutputClaim.Parse("doc.md", 1, comment).Check(outcome);
        Assert.Null(Check("<!-- output: contains \"ok: spiral\" -->"));
        Assert.NotNull(Check("<!-- output: contains \"ok: routine\" -->"));
        Assert.Null(Check("<!-- output: lacks \"error\" -->"));
        Assert.NotNull(Check("<!-- output: lacks \"spiral\" -->"));
        Assert.Null(Check("<!-- output: matches \"\\(2 states, \\d+ years\\)\" -->"));
        Assert.NotNull(Check("<!-- output: matches \"^error\" -->"));
        Assert.NotNull(Check("<!-- output: json -->"));
        Assert.NotNull(Check("<!-- exit: 2 -->"));
        Assert.Null(Check("<!-- file: exists \"scenarios/spiral.yaml\" -->"));
        Assert.NotNull(Check("<!-- file: exists \"no-such-file.png\" -->"));
        Assert.NotNull(Check("<!-- stderr: contains \"x\" -->"));
    }

    [Theory]
    [InlineData("run a.yaml --set \"states.A.name=New Athens\"", new[] { "run", "a.yaml", "--set", "states.A.name=New Athens" })]
    [InlineData("run a\\ b.yaml # comment", new[] { "run", "a b.yaml" })]
    [InlineData("game --payoffs 3,0,5,1 --json", new[] { "game", "--payoffs", "3,0,5,1", "--json" })]
    [InlineData("run 'it''s.yaml'", new[] { "run", "its.yaml" })]
    public void ShellWords_SplitsAsAShellWould(string line, string[] words) => Assert.Equal(words, ShellWords.Split(line));
}
