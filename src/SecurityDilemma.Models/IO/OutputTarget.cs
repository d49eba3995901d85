namespace SecurityDilemma.IO;

/// <summary>
/// Checks an output path before any work starts: not empty, not too long, not a directory where a file is meant (or a
/// file where a directory is meant), inside a directory that exists or can be created and that accepts a new file.
/// Mistakes in the path are <see cref="InputException"/>s (exit 2); a place that cannot be written is an
/// <see cref="EnvironmentException"/> (exit 3). Nothing is left behind by the check.
/// </summary>
public static class OutputTarget
{
    /// <summary>Longest output path accepted, in characters (Linux's PATH_MAX).</summary>
    public const int MaxPathLength = 4_096;

    /// <summary>Longest single file or directory name, in characters.</summary>
    public const int MaxNameLength = 255;

    /// <summary>Checks a file to be written by <paramref name="option"/>; returns its full path.</summary>
    public static string File(string path, string option, bool mayExist = false)
    {
        var full = Full(path, option, "a file name");
        if (Directory.Exists(full))
        {
            throw new InputException(option, null, null, "", $"'{path}' is a directory", "a file name (the file is created)");
        }

        if (!mayExist && System.IO.File.Exists(full))
        {
            throw new InputException(option, null, null, "", $"'{path}' already exists", "a new file name (outputs are never overwritten)");
        }

        CheckWritable(Path.GetDirectoryName(full) ?? ".", option, path);
        return full;
    }

    /// <summary>Checks a directory to be created or filled by <paramref name="option"/>; returns its full path.</summary>
    public static string Folder(string path, string option)
    {
        var full = Full(path, option, "a directory name").TrimEnd(Path.DirectorySeparatorChar);
        if (System.IO.File.Exists(full))
        {
            throw new InputException(option, null, null, "", $"'{path}' is an existing file", "a directory name");
        }

        CheckWritable(Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? ".", option, path);
        return full;
    }

    private static string Full(string path, string option, string expected)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InputException(option, null, null, "", "an empty path", expected);
        }

        if (path.Length > MaxPathLength || path.Split('/', '\\').Any(n => n.Length > MaxNameLength))
        {
            throw new InputException(option, null, null, "", $"a path of {path.Length:N0} characters", $"{expected} of at most {MaxPathLength:N0} characters, {MaxNameLength} per name");
        }

        if (path.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new InputException(option, null, null, "", $"'{path}' holds characters not allowed in a path", expected);
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException(option, null, null, "", $"'{path}' is not a valid path ({e.Message})", expected);
        }
    }

    /// <summary>Walks up to the nearest existing ancestor of <paramref name="dir"/>, which must be a directory that accepts a new file.</summary>
    private static void CheckWritable(string dir, string option, string path)
    {
        var existing = dir;
        while (!Directory.Exists(existing))
        {
            if (System.IO.File.Exists(existing))
            {
                throw new InputException(option, null, null, "", $"'{path}' lies under '{existing}', which is a file", "a path whose parents are directories");
            }

            existing = Path.GetDirectoryName(existing);
            if (existing is null)
            {
                throw new EnvironmentException($"{option}: cannot write '{path}': no existing parent directory");
            }
        }

        var probe = Path.Combine(existing, $".dilemma-write-probe.{Environment.ProcessId}.tmp");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EnvironmentException($"{option}: cannot write in '{existing}' ({e.Message.Split('\n')[0].TrimEnd('.')})");
        }
        finally
        {
            if (System.IO.File.Exists(probe))
            {
                System.IO.File.Delete(probe);
            }
        }
    }
}
