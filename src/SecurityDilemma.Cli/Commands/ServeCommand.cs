using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using SecurityDilemma.Cli.Infrastructure;
using SecurityDilemma.Web.Hosting;

namespace SecurityDilemma.Cli.Commands;

/// <summary><c>dilemma serve [--port P] [--host H]</c>: the web explorer and classroom play mode (docs/web.md).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port", "-p") { Description = "TCP port (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on; 0.0.0.0 opens the server to the network (a classroom).", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Serve the web explorer and the classroom play mode (pages, JSON API, OpenAPI at /openapi/v1.json) until Ctrl-C.");
        command.Options.Add(port);
        command.Options.Add(host);
        command.SetAction(pr => CommandRunner.Guard(Console.Error, () => Serve(pr.GetValue(host)!, pr.GetValue(port))));
        return command;
    }

    private static int Serve(string host, int port)
    {
        if (port is < 0 or > 65535)
        {
            throw new InputException("--port", null, null, "", $"{port} is not a TCP port", "0 to 65535");
        }

        if (host != "localhost" && !IPAddress.TryParse(host, out _))
        {
            throw new InputException("--host", null, null, "", $"'{host}' is not an IP address", "an address such as 127.0.0.1 or 0.0.0.0, or localhost");
        }

        var bracketed = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        using var app = WebServer.Create(new ServerLimits(), [$"http://{bracketed}:{port}"]);
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: cannot listen on {host}:{port}: {e.Message}");
            return ExitCodes.Environment;
        }

        var address = WebServer.Address(app);
        Console.Out.WriteLine($"serving the explorer at {address}/ and the classroom at {address}/play (API: {address}/openapi/v1.json); Ctrl-C stops");
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }
}
