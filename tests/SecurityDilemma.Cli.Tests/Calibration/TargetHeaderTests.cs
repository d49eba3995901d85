using System.Globalization;
using System.Text.Json;
using SecurityDilemma.Experiments.Calibration;

namespace SecurityDilemma.Cli.Tests.Calibration;

/// <summary>
/// The header of each shipped target file gives the <c>dilemma data wars</c> command that recomputes its war moments
/// from the COW participants file and what that command prints. Both are claims: these tests run the header's command
/// on the participant rows of the wars the file's notes name, and check the printed output line by line and that every
/// war-moment target agrees with the computed value to the precision the target is written with.
/// </summary>
/// <remarks>
/// The COW terms do not allow shipping their data, so the fixtures in <c>Fixtures/</c> hold only the rows these
/// moments depend on, in the exact v4.0 layout: the wars with major powers on both sides and the wars that test the
/// membership rule (Sardinia, coded 325, before 1860; the Boxer Rebellion, with major powers on one side; wars starting
/// after the range), with states, sides and years as read from a copy of Inter-StateWarData_v4.0.csv (the public
/// repository johnymontana/BattleMapz, public/data/COW_interstate.json). War numbers 9001-9005 stand for wars whose
/// COW number was not read; months and days not read are -9 (unknown); battle deaths, initiators and outcomes are -9.
/// World War II is cut to its major powers and Poland.
/// </remarks>
public class TargetHeaderTests
{
    private static readonly string[] WarMomentNames = ["wars_per_decade", "wars_per_dyad_decade", "multiparty_war_share", "mean_war_duration"];

    [Theory]
    [InlineData("great-powers-1816-1913.yaml", "cow-wars-great-powers-1816-1913.csv", 5)]
    [InlineData("great-powers-1919-1939.yaml", "cow-wars-great-powers-1919-1939.csv", 3)]
    public void HeaderCommand_PrintsWhatTheHeaderSays_AndTheTargetsAgree(string targets, string fixture, int wars)
    {
        var path = Path.Combine(Cli.RepoRoot, "calibration", targets);
        var header = Header(path);
        var commandAt = header.FindIndex(l => l.TrimStart().StartsWith("dilemma data wars ", StringComparison.Ordinal));
        Assert.True(commandAt >= 0, $"{targets}: no 'dilemma data wars' command in the header");
        var args = header[commandAt].TrimStart()["dilemma ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a == "Inter-StateWarData_v4.0.csv" ? Path.Combine(Cli.RepoRoot, "tests", "SecurityDilemma.Cli.Tests", "Calibration", "Fixtures", fixture) : a)
            .ToArray();
        Assert.Contains(args, a => a.EndsWith(fixture, StringComparison.Ordinal));

        var printed = Cli.Run(args);
        Assert.True(printed.ExitCode == 0, printed.ToString());
        var claimed = header.Skip(commandAt + 1).SkipWhile(l => !l.StartsWith("which prints", StringComparison.Ordinal)).Skip(1)
            .SkipWhile(l => !l.StartsWith("  ", StringComparison.Ordinal))
            .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        Assert.NotEmpty(claimed);
        Assert.Equal(claimed, printed.Stdout.TrimEnd('\n').Split('\n'));

        var json = Cli.Run([.. args, "--json"]);
        Assert.True(json.ExitCode == 0, json.ToString());
        var m = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal(wars, m.GetProperty("wars").GetInt32());
        var checkedMoments = 0;
        foreach (var target in TargetLoader.Load(path).Targets.Where(t => WarMomentNames.Contains(t.Moment)))
        {
            var computed = m.GetProperty(target.Moment).GetDouble();
            var tolerance = 0.5 * Math.Pow(10, -Math.Max(1, Decimals(target.Value)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{targets} {target.Moment}: target {target.Value}, computed {computed:0.####}, allowed difference {tolerance}"));
            Assert.True(Math.Abs(computed - target.Value) <= tolerance + 1e-12, $"{targets}: {target.Moment} is {target.Value} but the header command computes {computed}");
            checkedMoments++;
        }

        Assert.True(checkedMoments >= 3, $"{targets}: only {checkedMoments} war-moment targets");
    }

    [Fact]
    public void WithoutMembershipYears_SardiniaBefore1860_WouldChangeTheTargets()
    {
        // The same command with every state a member throughout: the Austro-Sardinian War (1848) and Sardinia's
        // onsets in 1855 and 1859 count, which is why the header gives membership years.
        var fixture = Path.Combine(Cli.RepoRoot, "tests", "SecurityDilemma.Cli.Tests", "Calibration", "Fixtures", "cow-wars-great-powers-1816-1913.csv");
        var r = Cli.Run("data", "wars", fixture, "--states", "2,200,220,255,300,325,365,740", "--years", "1816-1913", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var m = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(6, m.GetProperty("wars").GetInt32());
        Assert.Equal(28 * 98, m.GetProperty("dyad_years").GetDouble());
        Assert.Equal(100.0 / (28 * 98), m.GetProperty("wars_per_dyad_decade").GetDouble(), 12);
    }

    /// <summary>The comment lines at the top of a YAML file, without the leading <c>#</c> and one space, indentation kept.</summary>
    private static List<string> Header(string path) =>
        File.ReadLines(path).TakeWhile(l => l.StartsWith('#')).Select(l => l.Length > 2 ? l[2..] : "").ToList();

    private static int Decimals(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }
}
