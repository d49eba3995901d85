namespace SecurityDilemma.Cli.Tests.Docs;

/// <summary>A temporary copy of the repository's sources and data (no build output, no git), for commands that write files.</summary>
public sealed class RepoCopy : IDisposable
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "bin", "obj", ".git", "TestResults", "nupkg", "BenchmarkDotNet.Artifacts", "node_modules",
    };

    public RepoCopy()
    {
        Root = Directory.CreateTempSubdirectory("dilemma-docs-").FullName;
        Copy(new DirectoryInfo(Cli.RepoRoot), Root);
    }

    /// <summary>The copy's root, where the documents' commands run.</summary>
    public string Root { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(DirectoryInfo from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in from.EnumerateFiles())
        {
            if (file.Extension is not (".duckdb" or ".wal"))
            {
                file.CopyTo(Path.Combine(to, file.Name));
            }
        }

        foreach (var dir in from.EnumerateDirectories().Where(d => !Skipped.Contains(d.Name)))
        {
            Copy(dir, Path.Combine(to, dir.Name));
        }
    }
}
