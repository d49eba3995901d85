using System.Net;
using System.Text;
using System.Text.Json;

namespace SecurityDilemma.Web.Tests.Infrastructure;

/// <summary>Requests and assertions shared by the API tests.</summary>
public static class Api
{
    public static Task<HttpResponseMessage> Post(HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> Post(HttpClient client, string path, object body) =>
        Post(client, path, JsonSerializer.Serialize(body));

    /// <summary>Asserts the status and that the body is an error naming what went wrong; returns the error object.</summary>
    public static async Task<JsonElement> Error(HttpResponseMessage response, HttpStatusCode status, string? field = null, string? contains = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        var error = JsonDocument.Parse(text).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("error").GetString()), text);
        if (field is not null)
        {
            Assert.Equal(field, error.GetProperty("field").GetString());
        }

        if (contains is not null)
        {
            Assert.Contains(contains, error.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        return error;
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The NDJSON lines of a streamed response.</summary>
    public static async Task<List<JsonElement>> Lines(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    public static string Type(JsonElement line) => line.GetProperty("type").GetString()!;
}
