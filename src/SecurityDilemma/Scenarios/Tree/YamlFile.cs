namespace SecurityDilemma.Scenarios.Tree;

/// <summary>Reads a YAML input file's text with its checks: not a directory, exists, within the size limit, readable.</summary>
internal static class YamlFile
{
    /// <summary>The text of <paramref name="path"/>; every failure is a <see cref="ScenarioException"/> that names <paramref name="what"/> (e.g. "scenario file") and an <paramref name="example"/> path.</summary>
    public static string ReadText(string path, string what, string example)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new ScenarioException(path, null, null, "", "is a directory", $"a {what} (.yaml)");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new ScenarioException(path, null, null, "", "file not found", $"an existing {what}, e.g. {example}");
            }

            if (info.Length > Limits.MaxFileBytes)
            {
                throw new ScenarioException(path, null, null, "", $"file is {info.Length} bytes", $"a {what} of at most {Limits.MaxFileBytes} bytes");
            }

            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw new ScenarioException(path, null, null, "", $"cannot read the file ({e.Message})", $"a readable {what}");
        }
    }
}
