namespace SecurityDilemma.IO;

/// <summary>Writes files so a reader never sees half of one: write a temporary sibling, then rename over the target.</summary>
public static class AtomicFile
{
    /// <summary>Writes through <paramref name="write"/> to a temp file next to <paramref name="path"/>, then renames it into place.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        StaleTemps.Clean(dir, new System.Text.RegularExpressions.Regex($"^\\.{System.Text.RegularExpressions.Regex.Escape(Path.GetFileName(full))}\\.(?<pid>[0-9]+)\\.tmp$"));
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) atomically.</summary>
    public static void WriteAllText(string path, string text)
        => Write(path, s =>
        {
            using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true);
            w.Write(text);
        });
}
