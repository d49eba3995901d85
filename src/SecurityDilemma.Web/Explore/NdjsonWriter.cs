using System.Text.Json;
using SecurityDilemma.Web.Hosting;

namespace SecurityDilemma.Web.Explore;

/// <summary>Writes one JSON object per line to the response and flushes it, so the page sees each year as it is resolved.</summary>
internal sealed class NdjsonWriter(HttpResponse response)
{
    public static void Begin(HttpResponse response)
    {
        response.ContentType = "application/x-ndjson; charset=utf-8";
        response.Headers.CacheControl = "no-store";
    }

    /// <summary>Writes one line whole: only the client going away stops a write (the run's time limit is checked between lines).</summary>
    public async Task Line(object value)
    {
        var cancel = response.HttpContext.RequestAborted;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), WebJson.Options);
        await response.Body.WriteAsync(bytes, cancel);
        await response.Body.WriteAsync("\n"u8.ToArray(), cancel);
        await response.Body.FlushAsync(cancel);
    }
}
