namespace SecurityDilemma.Experiments.Tests.Support;

/// <summary>Paths in the repository (shipped examples and scenarios) and scratch directories for tests.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Examples(string name) => Path.Combine(Root, "docs", "examples", name);

    public static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "sd-calib-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecurityDilemma.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
