using SecurityDilemma.Web.Api;

namespace SecurityDilemma.Web.Hosting;

/// <summary>
/// Turns a client's mistake anywhere in a request into a 4xx with an <see cref="ApiError"/> body; a request the client
/// abandoned is dropped quietly. Anything else is a bug and stays a 500 (the tests forbid one).
/// </summary>
internal static class ErrorResponses
{
    public static async Task Handle(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (ApiException e) when (!context.Response.HasStarted)
        {
            await Write(context, e.Status, e.Body);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await Write(context, e.StatusCode, new ApiError($"bad request: {e.Message}"));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
    }

    public static Task Write(HttpContext context, int status, ApiError body)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(body, WebJson.Options);
    }
}
