using SecurityDilemma.IO;

namespace SecurityDilemma.Cli.Output;

/// <summary>
/// The <c>--out DIR</c> of a command: files are written into a hidden temporary directory beside DIR and
/// moved into place only by <see cref="Commit"/>, so a failed or interrupted run leaves nothing behind.
/// </summary>
public sealed class OutputDirectory : IDisposable
{
    private bool committed;

    private OutputDirectory(string target, string temp)
    {
        Target = target;
        Temp = temp;
    }

    /// <summary>Where the files end up.</summary>
    public string Target { get; }

    /// <summary>Where the files are written until <see cref="Commit"/>.</summary>
    public string Temp { get; }

    /// <summary>
    /// Checks that <paramref name="dir"/> can be written (it must not exist or be an empty directory) without
    /// creating anything: call before any work, so bad input writes nothing.
    /// </summary>
    public static void Check(string dir)
    {
        var full = OutputTarget.Folder(dir, "--out");
        if (File.Exists(full))
        {
            throw new InputException("--out", null, null, dir, "is an existing file", "a new or empty directory");
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new InputException("--out", null, null, dir, "is a directory that is not empty", "a new or empty directory (outputs are never overwritten)");
        }
    }

    /// <summary>Creates the temporary directory for <paramref name="dir"/> (after <see cref="Check"/>).</summary>
    public static OutputDirectory Begin(string dir)
    {
        Check(dir);
        var full = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        StaleTemps.Clean(parent, new System.Text.RegularExpressions.Regex($"^\\.{System.Text.RegularExpressions.Regex.Escape(Path.GetFileName(full))}\\.tmp-(?<pid>[0-9]+)$"));
        var temp = Path.Combine(parent, $".{Path.GetFileName(full)}.tmp-{Environment.ProcessId}");
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }

        Directory.CreateDirectory(temp);
        return new OutputDirectory(full, temp);
    }

    /// <summary>A path inside the temporary directory.</summary>
    public string PathOf(string name) => Path.Combine(Temp, name);

    /// <summary>Moves the finished files into place.</summary>
    public void Commit()
    {
        if (Directory.Exists(Target))
        {
            Directory.Delete(Target); // empty, as Check made sure
        }

        Directory.Move(Temp, Target);
        committed = true;
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(Temp))
        {
            Directory.Delete(Temp, recursive: true);
        }
    }
}
