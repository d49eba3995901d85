using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using SecurityDilemma.Engine;

namespace SecurityDilemma.Cli.Tests.Docs;

/// <summary>The README's C# snippet, exactly as written (its using lines included), compiles and agrees with the CLI.</summary>
public partial class ReadmeLibraryTests
{
    [Fact]
    public void LibrarySnippet_CompilesAsWritten_AndPrintsWhatTheCliReportsForTheSameRun()
    {
        var readme = File.ReadAllText(Path.Combine(Cli.RepoRoot, "README.md"));
        var snippet = Assert.Single(CSharpBlock().Matches(readme)).Groups["code"].Value;
        Assert.StartsWith("using ", snippet, StringComparison.Ordinal);

        var options = ScriptOptions.Default
            .AddReferences(typeof(Simulation).Assembly, typeof(global::SecurityDilemma.Models.Randomness.Xoshiro256).Assembly)
            .AddImports("System");
        var r = Cli.Capture(() =>
        {
            CSharpScript.RunAsync(snippet, options).GetAwaiter().GetResult();
            return 0;
        });
        Assert.True(r.ExitCode == 0, r.ToString());

        // The snippet runs scenarios/spiral.yaml with distinguishability 0.8, seed 1, and prints whether a war occurred.
        var cli = Cli.Run("run", "scenarios/spiral.yaml", "--set", "technology.distinguishability=0.8", "--seed", "1", "--json");
        Assert.True(cli.ExitCode == 0, cli.ToString());
        using var json = JsonDocument.Parse(cli.Stdout);
        var war = json.RootElement.GetProperty("metrics").GetProperty("war_occurred").GetBoolean();
        Assert.Equal(war.ToString(), r.Stdout.Trim());
        Assert.Contains("technology.distinguishability=0.8", snippet);
        Assert.Contains("seed: 1", snippet);
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();
}
