namespace SecurityDilemma.Cli.Tests.Hostile;

/// <summary>One convention across commands: readable names in text output, short flags with one meaning.</summary>
public class ConsistencyTests
{
    [Fact]
    public void TextOutput_NamesGamesAndWorldsInWords()
    {
        var game = InProcess.Run("game", "--payoffs", "R=3,T=5,S=0,P=1");
        Assert.True(game.ExitCode == 0, game.ToString());
        Assert.Contains("game: Prisoner's Dilemma", game.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("PrisonersDilemma", game.Stdout, StringComparison.Ordinal);
        var world = InProcess.Run("game", "--offense-defense-balance", "0.5", "--distinguishability", "0.1");
        Assert.True(world.ExitCode == 0, world.ToString());
        Assert.Contains("Jervis's world: doubly dangerous", world.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortFlag_T_MeansTurnsOnly()
    {
        Assert.Equal(0, InProcess.Run("tournament", "--strategies", "tft,alld", "-t", "5", "--repetitions", "1").ExitCode);
        Refusal.Assert(InProcess.Run("run", Path.Combine(Cli.RepoRoot, "scenarios/spiral.yaml"), "-t", "2"), 2, "'-t'");
        Refusal.Assert(InProcess.Run("sweep", Path.Combine(Cli.RepoRoot, "sweeps/cultures.yaml"), "-t", "2"), 2, "'-t'");
    }

    [Fact]
    public void RunReplications_StoreYesNoMetricsAsBooleans_LikeSweeps()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"sd-types-{Guid.NewGuid():N}");
        try
        {
            var r = InProcess.Run("run", Path.Combine(Cli.RepoRoot, "scenarios/spiral.yaml"), "-r", "3", "--years", "10", "--out", dir);
            Assert.True(r.ExitCode == 0, r.ToString());
            var lines = File.ReadAllLines(Path.Combine(dir, "runs.csv"));
            var header = lines[0].Split(',');
            var war = Array.IndexOf(header, "war_occurred");
            var count = Array.IndexOf(header, "war_count");
            foreach (var row in lines.Skip(1).Select(l => l.Split(',')))
            {
                Assert.Contains(row[war], new[] { "true", "false" });
                Assert.True(int.TryParse(row[count], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _), row[count]);
            }
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
