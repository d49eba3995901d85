using System.Collections.Concurrent;
using System.Diagnostics;
using SecurityDilemma.Engine;
using SecurityDilemma.Experiments.Results;

namespace SecurityDilemma.Experiments.Execution;

/// <summary>
/// Executes a plan's runs on worker threads and commits them in batches to a <see cref="ResultsStore"/>.
/// Each run depends only on its scenario and its seed (derived from its identity), so the stored results are the
/// same for any thread count, shard split or resume; only the commit order differs.
/// </summary>
public sealed class SweepExecutor(RunSimulation simulate)
{
    /// <summary>An executor running the real engine.</summary>
    public SweepExecutor()
        : this(Simulation.Run)
    {
    }

    /// <summary>Runs every run of <paramref name="plan"/> in the options' shard that the store does not hold yet.</summary>
    /// <exception cref="OperationCanceledException">When cancelled; every batch finished before that is committed.</exception>
    public SweepOutcome Execute(SweepPlan plan, ResultsStore store, ExecutionOptions options, ISweepProgress? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var shard = options.Shard;
        var shardRuns = shard.RunsIn(plan.TotalRuns);
        var existing = store.ExistingRunIds();
        var pending = Pending(plan.TotalRuns, shard, existing);
        var done = shardRuns - pending.Length;
        progress?.Report(done, shardRuns);
        if (pending.Length == 0)
        {
            return new SweepOutcome(shardRuns, existing.Length, 0, clock.Elapsed);
        }

        var threads = Math.Max(1, options.Threads);
        var batchSize = options.BatchSize ?? AutoBatch(plan, pending.Length, threads);
        var batchCount = (pending.Length + batchSize - 1) / batchSize;
        var nextBatch = -1;
        Exception? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var finished = new BlockingCollection<RunRecord[]>(boundedCapacity: threads * 2);
        var workers = new Thread[threads];
        var alive = threads;
        for (var t = 0; t < threads; t++)
        {
            workers[t] = new Thread(() =>
            {
                try
                {
                    var buffer = plan.Definition.Series ? new SeriesBuffer() : null;
                    int b;
                    while (!stop.IsCancellationRequested && (b = Interlocked.Increment(ref nextBatch)) < batchCount)
                    {
                        var from = b * batchSize;
                        var to = Math.Min(pending.Length, from + batchSize);
                        var records = new RunRecord[to - from];
                        for (var i = from; i < to; i++)
                        {
                            var (point, replicate, seed) = plan.Run(pending[i]);
                            var result = simulate(point.Scenario, seed, buffer);
                            records[i - from] = new RunRecord(pending[i], point.Id, replicate, seed, result.Metrics.ToArray(), buffer?.Take() ?? []);
                        }

                        finished.Add(records, stop.Token);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // Stopping: the batches already handed over are still committed.
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                    stop.Cancel();
                }
                finally
                {
                    if (Interlocked.Decrement(ref alive) == 0)
                    {
                        finished.CompleteAdding();
                    }
                }
            })
            {
                IsBackground = true,
                Name = $"sweep-worker-{t}",
            };
            workers[t].Start();
        }

        // Workers hand over small batches (for load balance); the writer groups them into one transaction per
        // commit interval, because each commit costs a disk sync that would otherwise dominate fast runs.
        long computed = 0;
        var pendingCommit = new List<RunRecord>();
        var sinceCommit = Stopwatch.StartNew();
        var interval = options.CommitInterval;
        void Commit()
        {
            if (pendingCommit.Count > 0)
            {
                store.Append(pendingCommit);
                computed += pendingCommit.Count;
                pendingCommit.Clear();
                progress?.Report(done + computed, shardRuns);
            }

            sinceCommit.Restart();
        }

        try
        {
            while (!finished.IsCompleted)
            {
                if (finished.TryTake(out var batch, TimeSpan.FromMilliseconds(100)))
                {
                    pendingCommit.AddRange(batch);
                }

                if (sinceCommit.Elapsed >= interval || pendingCommit.Count >= MaxRunsPerCommit)
                {
                    Commit();
                }
            }

            Commit();
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            foreach (var w in workers)
            {
                w.Join();
            }
        }

        if (failure is not null)
        {
            throw new InvalidOperationException($"a run failed: {failure.Message}", failure);
        }

        cancel.ThrowIfCancellationRequested();
        return new SweepOutcome(shardRuns, existing.Length, computed, clock.Elapsed);
    }

    /// <summary>Upper bound on runs per transaction, whatever the interval (bounds memory).</summary>
    private const int MaxRunsPerCommit = 200_000;

    /// <summary>The shard's run ids not in <paramref name="existing"/> (ascending), in ascending order.</summary>
    internal static long[] Pending(long total, ShardSpec shard, long[] existing)
    {
        var result = new List<long>();
        var e = 0;
        for (var id = (long)shard.Index; id < total; id += shard.Count)
        {
            while (e < existing.Length && existing[e] < id)
            {
                e++;
            }

            if (e < existing.Length && existing[e] == id)
            {
                continue;
            }

            result.Add(id);
        }

        return [.. result];
    }

    /// <summary>About 32 batches per thread (load balance, and early first commits), at most 1,000 runs or ~200,000 series rows per batch.</summary>
    private static int AutoBatch(SweepPlan plan, int pending, int threads)
    {
        var size = Math.Clamp(pending / (threads * 32), 1, 1000);
        if (plan.Definition.Series)
        {
            var rowsPerRun = Math.Max(1, plan.Points.Max(p => (long)p.Scenario.Years * p.Scenario.States.Count));
            size = (int)Math.Clamp(200_000 / rowsPerRun, 1, size);
        }

        return size;
    }
}
