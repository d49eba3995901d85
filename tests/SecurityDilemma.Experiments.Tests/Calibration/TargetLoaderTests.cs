using SecurityDilemma.Experiments.Calibration;
using SecurityDilemma.Experiments.Tests.Support;

namespace SecurityDilemma.Experiments.Tests.Calibration;

/// <summary>The targets format: the shipped files load, and each kind of mistake names line, column and field.</summary>
public class TargetLoaderTests
{
    [Theory]
    [InlineData("great-powers-1816-1913.yaml")]
    [InlineData("great-powers-1919-1939.yaml")]
    public void ShippedTargets_Load_WithASourceForEachTarget(string file)
    {
        var set = TargetLoader.Load(Path.Combine(Repo.Root, "calibration", file));
        Assert.NotEmpty(set.Targets);
        Assert.All(set.Targets, t => Assert.True(t.Uncertainty > 0 && t.Source.Length > 10, t.Moment));
    }

    [Theory]
    [InlineData("targets:\n  - moment: spiral_index\n    uncertainty: 0.1\n    source: x\n", 2, "targets[0].value", "missing")]
    [InlineData("targets:\n  - moment: spiral_idx\n    value: 1\n    uncertainty: 0.1\n    source: x\n", 2, "targets[0].moment", "unknown moment 'spiral_idx'")]
    [InlineData("targets:\n  - moment: spiral_index\n    value: 1\n    uncertainty: 0\n    source: x\n", 4, "targets[0].uncertainty", "not positive")]
    [InlineData("targets:\n  - moment: spiral_index\n    value: lots\n    uncertainty: 1\n    source: x\n", 3, "targets[0].value", "not a number")]
    [InlineData("name: x\ntarget: []\n", 2, "target", "unknown key")]
    public void Mistakes_NameLineAndField(string yaml, int line, string field, string problem)
    {
        var e = Assert.Throws<InputException>(() => TargetLoader.Parse(yaml, "t.yaml"));
        Assert.Equal(line, e.Line);
        Assert.Equal(field, e.Field);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }
}
