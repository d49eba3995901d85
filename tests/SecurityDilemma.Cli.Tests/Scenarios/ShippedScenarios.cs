namespace SecurityDilemma.Cli.Tests.Scenarios;

/// <summary>The shipped scenario files, as xunit theory data.</summary>
public static class ShippedScenarios
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(Cli.RepoRoot, "scenarios"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }
}
