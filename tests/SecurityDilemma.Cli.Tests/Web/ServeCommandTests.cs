using System.Net;
using System.Net.Sockets;

namespace SecurityDilemma.Cli.Tests.Web;

/// <summary><c>dilemma serve</c>'s refusals: a bad port or host is an input error (2), a port in use an environment error (3).</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--port", "70000", "not a TCP port")]
    [InlineData("--port", "-1", "not a TCP port")]
    [InlineData("--host", "nowhere", "not an IP address")]
    public void BadPortOrHost_ExitsTwo(string option, string value, string message)
    {
        var r = Cli.Run("serve", option, value);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains(message, r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void APortInUse_ExitsThree()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var r = Cli.Run("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", r.Stderr, StringComparison.Ordinal);
    }
}
