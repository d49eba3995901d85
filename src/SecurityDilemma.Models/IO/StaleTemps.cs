using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SecurityDilemma.IO;

/// <summary>
/// Temporary outputs carry the writing process's id in their name (".runs.1234.tmp"); a process killed with
/// <c>kill -9</c> leaves them behind. Before writing, those of processes no longer alive are removed.
/// </summary>
public static class StaleTemps
{
    /// <summary>Deletes files and directories in <paramref name="directory"/> whose names match <paramref name="pattern"/> (a regex with a <c>pid</c> group) and whose process is gone.</summary>
    public static void Clean(string directory, Regex pattern)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(directory, ".*"))
            {
                var m = pattern.Match(Path.GetFileName(entry));
                if (!m.Success || !int.TryParse(m.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || Alive(pid))
                {
                    continue;
                }

                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Cleaning is a courtesy: a leftover that cannot be removed does not stop the new output.
        }
    }

    private static bool Alive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
