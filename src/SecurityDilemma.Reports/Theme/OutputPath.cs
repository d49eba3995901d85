namespace SecurityDilemma.Reports.Theme;

/// <summary>Checks an output file's location before any work starts, so a doomed write fails first and leaves nothing.</summary>
public static class OutputPath
{
    /// <summary>
    /// The directory of <paramref name="path"/> must exist and accept a new file (probed by creating and deleting a
    /// hidden temporary file), and <paramref name="path"/> must not be a directory.
    /// </summary>
    public static void CheckWritable(string path, string option)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new InputException(option, null, null, "", $"'{path}' is a directory", "a file name");
        }

        var dir = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(dir))
        {
            throw new InputException(option, null, null, "", $"the directory of '{path}' does not exist", "a file in an existing directory");
        }

        var probe = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.probe");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // The probe's own name means nothing to the user: say what the directory did instead.
            var reason = e switch
            {
                UnauthorizedAccessException => "permission denied",
                FileNotFoundException or DirectoryNotFoundException => "the directory does not accept new files",
                _ => e.Message.Replace(probe, path, StringComparison.Ordinal),
            };
            throw new InputException(option, null, null, "", $"cannot write '{path}' ({reason})", "a file in a writable directory");
        }
    }
}
