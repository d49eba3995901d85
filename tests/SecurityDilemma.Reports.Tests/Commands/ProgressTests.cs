using SecurityDilemma.Cli.Output;
using SecurityDilemma.Reports.Tests.Support;

namespace SecurityDilemma.Reports.Tests.Commands;

public class ProgressTests
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
}
