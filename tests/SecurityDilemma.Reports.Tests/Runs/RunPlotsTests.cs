using SecurityDilemma.Reports.Runs;
using SecurityDilemma.Reports.Tests.Support;

namespace SecurityDilemma.Reports.Tests.Runs;

[Collection(InputsCollection.Name)]
public class RunPlotsTests(Inputs inputs)
{
    private static readonly string[] States = ["Germany", "Austria-Hungary", "France", "Russia", "Britain", "Serbia"];

    [Fact]
    public void Forces_NamesScenarioAndSeed_AndHasBothForcesOfEveryState_AndWarSpans()
    {
        var run = RunOutput.Load(inputs.RunDir);
        Assert.Equal(States, run.States);
        Assert.NotEmpty(run.Wars);
        FigureAssert.Valid(
            RunPlots.Forces(run),
            ["Offensive and defensive forces (july-1914, seed 1914)", "year", "forces (force units)", "war", "crisis begins", .. States.Select(s => $"{s} offense"), .. States.Select(s => $"{s} defense")]);
    }

    [Theory]
    [InlineData("military_burden", "military burden (share of resources, 0-1)")]
    [InlineData("security", "security (probability of surviving attack, 0-1)")]
    [InlineData("mean_trust_held", "mean trust held (belief others are security seekers, 0-1)")]
    public void Series_LabelsTheColumnWithItsUnit_AndOneLinePerState(string column, string label)
        => FigureAssert.Valid(RunPlots.Series(RunOutput.Load(inputs.RunDir), column), [label, "year", "july-1914, seed 1914", .. States]);

    [Fact]
    public void Trust_HasEachObserverTowardEachOther()
    {
        var run = RunOutput.Load(inputs.RunDir);
        // The engine keeps beliefs about neighbours only: every observed pair of trust.csv is a line.
        var observers = run.Trust!.Texts("observer");
        var targets = run.Trust.Texts("target");
        var pairs = observers.Zip(targets, (o, t) => $"{o} → {t}").Distinct().ToArray();
        Assert.True(pairs.Length >= 10, $"{pairs.Length} pairs");
        FigureAssert.Valid(RunPlots.Trust(run), ["Trust, each observer toward each other", "trust: belief the target is a security seeker (0-1)", .. pairs]);
        var one = RunPlots.Trust(run, "Serbia");
        FigureAssert.Valid(one, "Serbia toward each other state", "Serbia → Austria-Hungary");
        Assert.DoesNotContain("Germany → France", FigureAssert.SvgTexts(one.Svg()));
    }

    [Fact]
    public void Threat_MarksThePartiesOfCrises_AndAlliancesListEveryAlliance()
    {
        var run = RunOutput.Load(inputs.RunDir);
        Assert.NotEmpty(run.Crises);
        FigureAssert.Valid(RunPlots.Threat(run), "Perceived threat at the start of each crisis", "perceived threat (0-1)", run.Crises[0].Parties[0]);
        Assert.NotEmpty(run.Alliances);
        FigureAssert.Valid(RunPlots.Alliances(run), ["Alliances and guarantees (july-1914, seed 1914)", "year", .. run.Alliances.Select(a => string.Join(a.Kind == "guarantee" ? " → " : " + ", a.Members))]);
    }

    [Fact]
    public void ExtraColumns_AreToleratedAndPlottable()
    {
        // A later engine may add columns (per-state empathy, leaders): the reader keeps them and plots by name.
        var dir = Path.Combine(inputs.Root, "extra-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(dir);
        var lines = File.ReadAllLines(Path.Combine(inputs.RunDir, "series.csv"));
        File.WriteAllLines(Path.Combine(dir, "series.csv"), [lines[0] + ",empathy,leader", .. lines.Skip(1).Select((l, i) => l + $",{(i % 7) / 10.0},Leader {i % 3}")]);
        var run = RunOutput.Load(dir);
        Assert.Equal(States, run.States);
        Assert.Equal("extra-" + Path.GetFileName(dir)[6..], run.Scenario);
        FigureAssert.Valid(RunPlots.Series(run, "empathy"), ["empathy by state", .. States]);
        FigureAssert.Valid(RunPlots.Forces(run), "Offensive and defensive forces");
    }

    [Fact]
    public void Parquet_ReadsTheSameSeriesAsCsv()
    {
        var dir = Path.Combine(inputs.Root, "parquet-" + Guid.NewGuid().ToString("N")[..6]);
        Dilemma.Ok("run", "scenarios/july-1914.yaml", "--out", dir, "--format", "parquet");
        var csv = RunOutput.Load(inputs.RunDir);
        var parquet = RunOutput.Load(dir);
        Assert.Equal(csv.Series.Numbers("offense"), parquet.Series.Numbers("offense"));
        Assert.Equal(csv.States, parquet.States);
    }
}
