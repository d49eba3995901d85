using SecurityDilemma.Experiments.Execution;

namespace SecurityDilemma.Cli.Output;

/// <summary>Passes a sweep's progress (runs stored of the shard's total) to a <see cref="ProgressReporter"/>.</summary>
internal sealed class SweepProgress(ProgressReporter reporter) : ISweepProgress
{
    public void Report(long done, long total) => reporter.Set(done, total);
}
