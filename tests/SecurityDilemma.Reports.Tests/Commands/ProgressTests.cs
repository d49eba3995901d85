using System.Text.RegularExpressions;
using SecurityDilemma.Cli.Output;
using SecurityDilemma.Reports.Tests.Support;

namespace SecurityDilemma.Reports.Tests.Commands;

public partial class ProgressTests
{
    [Fact]
    public void Line_GivesRateAndEta()
    {
        var p = new ProgressReporter("sweep x", "runs", 1000, TextWriter.Null);
        // 250 runs in 10 s: 25 runs/s, 750 left: 30 s.
        Assert.Equal("sweep x: 250/1,000 runs (25.0%), 25.0 runs/s, elapsed 00:00:10, ETA 00:00:30", p.Line(250, 1000, TimeSpan.FromSeconds(10)));
        Assert.EndsWith("done", p.Line(1000, 1000, TimeSpan.FromSeconds(40)));
    }

    [Fact]
    public void Plain_PrintsAtMostOneLinePerInterval_AndTheLastOne()
    {
        var now = TimeSpan.Zero;
        var output = new StringWriter();
        var p = new ProgressReporter("run", "replications", 100, output, () => now, TimeSpan.FromSeconds(2));
        for (var i = 0; i < 100; i++)
        {
            now += TimeSpan.FromMilliseconds(100);
            p.Advance();
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // 10 s of work at one line per 2 s, plus the first and the final line.
        Assert.InRange(lines.Length, 5, 7);
        Assert.StartsWith("run: 1/100 replications", lines[0]);
        Assert.Equal("run: 100/100 replications (100.0%), 10.0 replications/s, elapsed 00:00:10, done", lines[^1]);
    }

    [Fact]
    public void Plain_TheStartLineDoesNotHoldBackTheFirstProgress()
    {
        // A resumed sweep reports the runs it found stored, then its first commit half a second later: both lines show,
        // and the next one waits for the interval.
        var now = TimeSpan.Zero;
        var output = new StringWriter();
        var p = new ProgressReporter("sweep", "runs", 1000, output, () => now, TimeSpan.FromSeconds(2));
        p.Set(600, 1000);
        now += TimeSpan.FromMilliseconds(500);
        p.Set(650, 1000);
        now += TimeSpan.FromMilliseconds(500);
        p.Set(700, 1000);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("sweep: 600/1,000 runs", lines[0]);
        Assert.StartsWith("sweep: 650/1,000 runs", lines[1]);
    }

    [Fact]
    public void Resume_DoesNotCountWorkFoundDoneInTheRate()
    {
        var p = new ProgressReporter("sweep", "runs", 1000, TextWriter.Null);
        p.Set(600, 1000);
        // 600 were stored before; 100 more in 10 s is 10 runs/s and 300 left: 30 s.
        Assert.Contains("10.0 runs/s", p.Line(700, 1000, TimeSpan.FromSeconds(10)));
        Assert.EndsWith("ETA 00:00:30", p.Line(700, 1000, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Replications_ShowLineProgressWhenRedirected_AndNoneWithQuiet()
    {
        var r = Dilemma.Ok("run", "scenarios/spiral.yaml", "-r", "40", "--json");
        var last = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith("run spiral: 40/40 replications (100.0%)", last);
        Assert.EndsWith("done", last);
        Assert.StartsWith("{", r.Stdout.TrimStart());

        var quiet = Dilemma.Ok("run", "scenarios/spiral.yaml", "-r", "40", "--json", "--quiet");
        Assert.Equal("", quiet.Stderr);
        Assert.Equal(r.Stdout, quiet.Stdout);
    }

    [Fact]
    public void AlreadyDone_CountsTowardProgress_NotTheRate_AndPrintsNothing()
    {
        var output = new StringWriter();
        var p = new ProgressReporter("calibrate", "simulations", 200, output);
        p.AlreadyDone(120);
        Assert.Equal("", output.ToString());
        Assert.Equal(120, p.Done);
        // 40 more in 10 s: 4 simulations/s, 40 left: 10 s.
        Assert.Equal("calibrate: 160/200 simulations (80.0%), 4.0 simulations/s, elapsed 00:00:10, ETA 00:00:10", p.Line(160, 200, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Calibrate_ShowsLineProgressWhenRedirected_AndNoneWithQuiet()
    {
        var dir = Path.Combine(Path.GetTempPath(), "calibrate-progress-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            string[] Args(string name) =>
            [
                "calibrate", "docs/examples/calibration-small.yaml", "--targets", "docs/examples/calibration-small-targets.yaml",
                "--param", "observation_noise=0.05..0.6", "--budget", "200", "-r", "4", "--seed", "5", "--out", Path.Combine(dir, name + ".duckdb"),
            ];

            var r = Dilemma.Ok(Args("piped"));
            var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.NotEmpty(lines);
            Assert.All(lines, l => Assert.Matches(CalibrateLine(), l));
            var last = CalibrateLine().Match(lines[^1]);
            Assert.Equal(last.Groups["done"].Value, last.Groups["total"].Value);
            Assert.EndsWith("done", lines[^1]);
            var recorded = int.Parse(last.Groups["done"].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(recorded, 1, 200);
            Assert.Contains("J statistic (Hansen)", r.Stdout);

            var quiet = Dilemma.Ok([.. Args("quiet"), "--quiet"]);
            Assert.Equal("", quiet.Stderr);
            Assert.Equal(r.Stdout.Replace("piped.", "quiet.", StringComparison.Ordinal), quiet.Stdout);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex(@"^calibrate: (?<done>[\d,]+)/(?<total>[\d,]+) simulations \(\d+\.\d%\), [\d,.]+ simulations/s, elapsed \d\d:\d\d:\d\d, (ETA \d\d:\d\d:\d\d|ETA --:--:--|done)$")]
    private static partial Regex CalibrateLine();
}
