using SecurityDilemma.Web.Api;
using SecurityDilemma.Web.Explore;
using SecurityDilemma.Web.Hosting;

namespace SecurityDilemma.Web.Tests.Explore;

/// <summary>Concurrent runs per client: the one past the limit is refused with 429, and a finished run frees its place.</summary>
public sealed class RunGateTests
{
    [Fact]
    public void ThePastTheLimitRun_Is429_UntilOneEnds()
    {
        var gate = new RunGate(new ServerLimits { MaxConcurrentRunsPerClient = 2 });
        var a = gate.Enter("10.0.0.1");
        using var b = gate.Enter("10.0.0.1");
        var refused = Assert.Throws<ApiException>(() => gate.Enter("10.0.0.1"));
        Assert.Equal(429, refused.Status);
        Assert.Contains("limit per client is 2", refused.Body.Error, StringComparison.Ordinal);
        using var other = gate.Enter("10.0.0.2"); // another client is not held back
        a.Dispose();
        a.Dispose(); // a second dispose frees nothing more
        using var c = gate.Enter("10.0.0.1");
        Assert.Throws<ApiException>(() => gate.Enter("10.0.0.1"));
    }
}
