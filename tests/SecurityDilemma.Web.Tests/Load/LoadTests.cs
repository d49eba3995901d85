using System.Diagnostics;
using System.Net;
using System.Text;
using SecurityDilemma.Web.Hosting;
using SecurityDilemma.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SecurityDilemma.Web.Tests.Load;

/// <summary>
/// A bounded load test on loopback: 1,000 streamed runs at 50 at a time against the real server (Kestrel), every one
/// complete and correct, and the server's managed memory back near where it started (docs/performance.md, "Web server").
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Requests = 1_000;
    private const int Concurrency = 50;
    private const string Body = """{"scenario":"multipolar","years":20,"seed":5}""";

    [Fact]
    [Trait("Category", "Load")]
    public async Task AThousandRunsAtFiftyConcurrent_AllSucceedAndMemoryReturns()
    {
        // The test client is one address, so the per-client limit is raised to the test's concurrency.
        var (app, address) = await TestServers.Loopback(new ServerLimits { MaxConcurrentRunsPerClient = Concurrency });
        await using var _ = app;
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = address };

        // Warm up (JIT, pools), then take the baseline.
        var reference = await RunOnce(client);
        var before = Measure();

        var latencies = new double[Requests];
        var failures = new List<string>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            int k;
            while ((k = Interlocked.Increment(ref next)) < Requests)
            {
                var t = Stopwatch.StartNew();
                try
                {
                    var text = await RunOnce(client);
                    if (text != reference)
                    {
                        lock (failures)
                        {
                            failures.Add($"request {k}: a different stream from the same seed");
                        }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
                {
                    lock (failures)
                    {
                        failures.Add($"request {k}: {e.Message}");
                    }
                }

                latencies[k] = t.Elapsed.TotalMilliseconds;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var peak = Measure();
        await Task.Delay(200);
        var after = Measure();

        Array.Sort(latencies);
        output.WriteLine($"{Requests} runs (multipolar, 5 states x 20 years, {reference.Length:N0} bytes each) at {Concurrency} concurrent in {elapsed.TotalSeconds:F1} s: {Requests / elapsed.TotalSeconds:F0} runs/s");
        output.WriteLine($"latency ms: p50 {latencies[Requests / 2]:F0}, p95 {latencies[(int)(Requests * 0.95)]:F0}, max {latencies[^1]:F0}");
        output.WriteLine($"managed heap MB: before {before.Heap:F1}, right after {peak.Heap:F1}, after GC {after.Heap:F1}; working set MB: before {before.WorkingSet:F0}, after {after.WorkingSet:F0}");
        output.WriteLine($"failures: {failures.Count}");

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        Assert.True(after.Heap < before.Heap + 16, $"managed heap did not come back: {before.Heap:F1} MB before, {after.Heap:F1} MB after");
        var list = await client.GetAsync("/api/scenarios");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode); // still serving
    }

    private static async Task<string> RunOnce(HttpClient client)
    {
        using var response = await client.PostAsync("/api/runs", new StringContent(Body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        }

        if (!text.TrimEnd().Split('\n')[^1].StartsWith("{\"type\":\"end\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the stream did not end with its end line");
        }

        return text;
    }

    private static (double Heap, double WorkingSet) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(true) / 1048576.0, self.WorkingSet64 / 1048576.0);
    }
}
