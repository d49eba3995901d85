using System.Text.Json;
using SecurityDilemma.Web.Hosting;

namespace SecurityDilemma.Web.Api;

/// <summary>Reads a JSON request body within the size limit, turning every malformed body into a 4xx with a position.</summary>
internal static class RequestBody
{
    public static async Task<T> Read<T>(HttpRequest request, ServerLimits limits, CancellationToken cancel)
        where T : class
    {
        var max = limits.MaxBodyBytes;
        if (request.ContentLength > max)
        {
            throw TooLarge(request.ContentLength.Value, max);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw TooLarge(null, max);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw ApiException.BadRequest("the request has no body", expected: "a JSON object (docs/web.md)");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), WebJson.Options)
                ?? throw ApiException.BadRequest("the body is JSON null", expected: "a JSON object (docs/web.md)");
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : e.Path.TrimStart('$', '.');
            var line = e.LineNumber is long l ? (int)l + 1 : (int?)null;
            var column = e.BytePositionInLine is long c ? (int)c + 1 : (int?)null;
            var problem = e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? $"unknown field '{field}'"
                : $"malformed JSON: {FirstSentence(e.Message)}";
            throw new ApiException(StatusCodes.Status400BadRequest, new ApiError(problem, field, line, column, "a JSON object as documented in docs/web.md"));
        }
    }

    private static ApiException TooLarge(long? length, int max) =>
        new(StatusCodes.Status413PayloadTooLarge, new ApiError(
            length is long n ? $"the request body has {n} bytes, more than the limit of {max}" : $"the request body is larger than the limit of {max} bytes",
            Expected: $"at most {max} bytes"));

    // System.Text.Json appends "Path: ... | LineNumber: ..." which the error's own fields carry.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
