using System.Text.Json.Nodes;
using SecurityDilemma.Engine;
using SecurityDilemma.Experiments.Execution;
using SecurityDilemma.Experiments.Sampling;
using SecurityDilemma.Experiments.Sweeps;

namespace SecurityDilemma.Experiments.Tests.Sweeps;

/// <summary>The shipped sweeps load and plan against the shipped scenarios, and docs/sweep.schema.json names what the loader accepts.</summary>
public class ShippedSweepsTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Files => new(Directory.GetFiles(Path.Combine(Root, "sweeps"), "*.yaml").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Files))]
    public void ShippedSweep_LoadsAndPlans(string file)
    {
        var plan = SweepPlan.Build(SweepLoader.Load(Path.Combine(Root, "sweeps", file)));
        Assert.True(plan.Points.Count >= 4, $"{file}: {plan.Points.Count} points");
        Assert.All(plan.Points, p => Assert.Equal(plan.Definition.Parameters.Count, p.Values.Count));
    }

    [Fact]
    public void Schema_ListsTheLoadersKeys_Samplers_AndMetrics()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "sweep.schema.json")))!.AsObject();
        var properties = schema["properties"]!.AsObject();
        Assert.Equal(SweepLoader.TopKeys.Order(), properties.Select(p => p.Key).Order());
        Assert.Equal(Samplers.Names, properties["sampling"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(RunMetrics.Names, properties["metrics"]!["items"]!["enum"]!.AsArray().Select(n => (string)n!));
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
