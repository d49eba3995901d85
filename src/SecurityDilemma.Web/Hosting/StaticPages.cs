namespace SecurityDilemma.Web.Hosting;

/// <summary>The pages, scripts and styles under wwwroot/, compiled into the assembly and served from memory (they work offline).</summary>
internal sealed class StaticPages
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly Dictionary<string, (byte[] Bytes, string Type)> _files = new(StringComparer.Ordinal);

    public StaticPages()
    {
        var assembly = typeof(StaticPages).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var file = name["wwwroot/".Length..];
            _files[file] = (copy.ToArray(), ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"));
        }
    }

    public IResult Serve(string file) =>
        _files.TryGetValue(file, out var f)
            ? Results.Bytes(f.Bytes, f.Type)
            : Results.Json(new Api.ApiError($"no page '{file}' on this server"), WebJson.Options, statusCode: StatusCodes.Status404NotFound);
}
