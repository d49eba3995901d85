using System.Diagnostics;
using Spectre.Console;

namespace SecurityDilemma.Cli.Output;

/// <summary>
/// Progress of a long command, with an ETA, on stderr (stdout stays clean for results and JSON): a live Spectre bar in
/// a terminal, a plain line about every two seconds (and at the end) when stderr is redirected, nothing with
/// <c>--quiet</c>. <see cref="Advance"/> and <see cref="Set"/> may be called from worker threads.
/// </summary>
public sealed class ProgressReporter
{
    private readonly object gate = new();
    private readonly string label;
    private readonly string unit;
    private readonly TextWriter? plain;
    private readonly Func<TimeSpan> clock;
    private readonly TimeSpan interval;
    private ProgressTask? bar;
    private long done;
    private long total;
    private long baseline = -1;
    private TimeSpan? lastLine;

    /// <summary>A reporter that prints plain lines to <paramref name="plain"/> (or nothing when null).</summary>
    internal ProgressReporter(string label, string unit, long total, TextWriter? plain, Func<TimeSpan>? clock = null, TimeSpan? interval = null)
    {
        this.label = label;
        this.unit = unit;
        this.total = Math.Max(0, total);
        this.plain = plain;
        var stopwatch = Stopwatch.StartNew();
        this.clock = clock ?? (() => stopwatch.Elapsed);
        this.interval = interval ?? TimeSpan.FromSeconds(2);
    }

    /// <summary>Work finished so far.</summary>
    public long Done => Interlocked.Read(ref done);

    /// <summary>
    /// Runs <paramref name="body"/> while showing its progress: <paramref name="total"/> steps of <paramref name="unit"/>
    /// (e.g. "runs"), labelled <paramref name="label"/>.
    /// </summary>
    public static T Run<T>(string label, string unit, long total, bool quiet, Func<ProgressReporter, T> body)
    {
        if (quiet)
        {
            return body(new ProgressReporter(label, unit, total, null));
        }

        if (Console.IsErrorRedirected)
        {
            var reporter = new ProgressReporter(label, unit, total, Console.Error);
            var result = body(reporter);
            reporter.Finish();
            return result;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T value = default!;
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var live = new ProgressReporter(label, unit, total, null) { bar = ctx.AddTask(Markup.Escape(label), maxValue: Math.Max(1, total)) };
                value = body(live);
                live.Finish();
            });
        return value;
    }

    /// <summary>One more step done (thread-safe).</summary>
    public void Advance() => Update(Interlocked.Increment(ref done), Interlocked.Read(ref total));

    /// <summary>
    /// <paramref name="count"/> steps were found already done before this run (a resumed calibration): they count toward
    /// the progress but not toward the rate. Prints nothing.
    /// </summary>
    public void AlreadyDone(long count)
    {
        Interlocked.Exchange(ref baseline, count);
        Interlocked.Exchange(ref done, count);
        if (bar is { } task)
        {
            task.Value = count;
        }
    }

    /// <summary><paramref name="doneSoFar"/> of <paramref name="totalNow"/> steps are done (for work that counts itself).</summary>
    public void Set(long doneSoFar, long totalNow)
    {
        // Work found already done (a resumed sweep) does not count toward the rate.
        Interlocked.CompareExchange(ref baseline, doneSoFar, -1);
        Interlocked.Exchange(ref done, doneSoFar);
        Interlocked.Exchange(ref total, totalNow);
        Update(doneSoFar, totalNow);
    }

    /// <summary>The plain progress line for <paramref name="doneSoFar"/> of <paramref name="totalNow"/> after <paramref name="elapsed"/>.</summary>
    internal string Line(long doneSoFar, long totalNow, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var rate = (doneSoFar - Math.Max(0, Interlocked.Read(ref baseline))) / seconds;
        var eta = doneSoFar >= totalNow ? "done" : rate > 0 ? "ETA " + TimeSpan.FromSeconds(Math.Ceiling((totalNow - doneSoFar) / rate)).ToString(@"hh\:mm\:ss") : "ETA --:--:--";
        var percent = 100.0 * doneSoFar / Math.Max(1, totalNow);
        var time = elapsed.ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture);
        return FormattableString.Invariant($"{label}: {doneSoFar:N0}/{totalNow:N0} {unit} ({percent:F1}%), {rate:N1} {unit}/s, elapsed {time}, {eta}");
    }

    private void Update(long doneSoFar, long totalNow)
    {
        if (bar is { } task)
        {
            task.MaxValue = Math.Max(1, totalNow);
            task.Value = doneSoFar;
            return;
        }

        if (plain is null)
        {
            return;
        }

        lock (gate)
        {
            var now = clock();
            if (doneSoFar < totalNow && lastLine is { } last && now - last < interval)
            {
                return;
            }

            // The start line (nothing new done yet: a fresh start, or the runs a resumed sweep found stored) does not hold
            // back the first line of progress, so the first commit shows at once.
            if (doneSoFar > Math.Max(0, Interlocked.Read(ref baseline)))
            {
                lastLine = now;
            }

            plain.WriteLine(Line(doneSoFar, totalNow, now));
        }
    }

    private void Finish()
    {
        if (bar is { } task)
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
        else if (plain is not null && Done < Interlocked.Read(ref total))
        {
            lock (gate)
            {
                plain.WriteLine(Line(Done, Interlocked.Read(ref total), clock()));
            }
        }
    }
}
