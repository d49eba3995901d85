using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SecurityDilemma.Web.Api;
using SecurityDilemma.Web.Explore;
using SecurityDilemma.Web.Play;

namespace SecurityDilemma.Web.Hosting;

/// <summary>
/// The web explorer and classroom server (docs/web.md): pages, the JSON API and its OpenAPI document at
/// <c>/openapi/v1.json</c>. One process, state in memory, every limit in <see cref="ServerLimits"/>.
/// </summary>
public static class WebServer
{
    /// <summary>Builds the server listening on <paramref name="urls"/>; <paramref name="configure"/> may adjust the builder (tests host it in memory).</summary>
    public static WebApplication Create(ServerLimits limits, IEnumerable<string> urls, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WebServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = limits.MaxBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Services.ConfigureHttpJsonOptions(o => WebJson.Configure(o.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ShippedScenarios>();
        builder.Services.AddSingleton<ScenarioFactory>();
        builder.Services.AddSingleton<RunGate>();
        builder.Services.AddSingleton<RoomRegistry>();
        builder.Services.AddSingleton<StaticPages>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(ErrorResponses.Handle);
        app.MapOpenApi();
        var pages = app.Services.GetRequiredService<StaticPages>();
        app.MapGet("/", () => pages.Serve("index.html")).ExcludeFromDescription();
        app.MapGet("/play", () => pages.Serve("play.html")).ExcludeFromDescription();
        app.MapGet("/static/{file}", (string file) => pages.Serve(file)).ExcludeFromDescription();
        ExploreEndpoints.Map(app);
        PlayEndpoints.Map(app);
        app.MapFallback(NotFound);
        return app;
    }

    /// <summary>The address a started server listens on (with port 0, the port the system picked).</summary>
    public static string Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    // An endpoint that takes JSON does not match a body of another type, so such a request lands here too.
    private static IResult NotFound(HttpContext ctx)
    {
        var request = ctx.Request;
        if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            && !(request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new ApiError($"POST {request.Path} takes a JSON body sent with Content-Type: application/json (got '{request.ContentType}')",
                Expected: "Content-Type: application/json"), WebJson.Options, statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        return Results.Json(new ApiError($"no such page or endpoint: {request.Method} {request.Path} (the API is listed at /openapi/v1.json)"),
            WebJson.Options, statusCode: StatusCodes.Status404NotFound);
    }
}
