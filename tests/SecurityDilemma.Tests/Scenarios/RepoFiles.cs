namespace SecurityDilemma.Tests.Scenarios;

/// <summary>Paths in the repository (shipped scenarios, docs), found from the test binary upwards.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>Every shipped scenario file, as xunit theory data.</summary>
    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path("scenarios"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(System.IO.Path.GetFileName(f));
        }

        return data;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SecurityDilemma.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
