using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Scenarios;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Graded;

/// <summary>
/// Timing and base rate of war in the shipped baseline worlds (those that run the graded dynamics and are not built around an
/// immediate crisis): wars appear over time, not at once, and the multipolar world's rate is of the historical order.
/// </summary>
/// <remarks>
/// Historical anchor (docs/model.md, "Reading war rates"): Levy (1983, ch. 3, his list of Great Power wars) counts 64 wars with great powers on both sides
/// in 1495-1975; with the five to eight great powers of the system (10 to 28 pairs), that is about 0.05 to 0.13 wars per
/// great-power pair and decade.
/// </remarks>
public class TimingTests(ITestOutputHelper output)
{
    public static TheoryData<string> BaselineWorlds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoFiles.Path("scenarios"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (!text.Contains("immediate crisis", StringComparison.OrdinalIgnoreCase))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BaselineWorlds))]
    public void FirstWarsComeLateAndRarelyInTheFirstFiveYears(string file)
    {
        var cell = Default(file);
        output.WriteLine($"{file}: war in {cell.WarRuns} of {cell.Replications} runs; median first war year {cell.MedianFirstWarYear}; share of first wars in years 1-5 {cell.EarlyFirstWarShare:F3}; wars per dyad-decade {cell.WarsPerDyadDecade:F4}");
        if (cell.FirstWarYears.Count < 10)
        {
            // War is rare here (fewer than 10 runs in 200): its timing is no pattern; an early war must be rarer still.
            Assert.True(cell.FirstWarYears.Count(y => y <= 5) <= 0.05 * cell.Replications, "early wars in more than 5% of runs");
            return;
        }

        Assert.True(cell.MedianFirstWarYear >= 10, $"median first war in year {cell.MedianFirstWarYear}");
        Assert.True(cell.EarlyFirstWarShare <= 0.30, $"{cell.EarlyFirstWarShare:P0} of first wars in years 1-5");
    }

    [Fact]
    public void MultipolarWarRateIsOfTheHistoricalOrder()
    {
        var cell = Default("multipolar.yaml");
        output.WriteLine($"multipolar.yaml: {cell.Wars} wars over {cell.DyadDecades} dyad-decades = {cell.WarsPerDyadDecade:F4} per dyad-decade (Levy 1983: about 0.05-0.13 among great powers)");
        Assert.InRange(cell.WarsPerDyadDecade, 0.02, 0.2);
    }

    private static DoseResponseCell Default(string file)
    {
        var document = ScenarioDocument.Load(RepoFiles.Path(Path.Combine("scenarios", file)));
        var scenario = document.Build();
        return DoseResponse.Run(document, [scenario.Technology.OffenseDefenseBalance], [scenario.Technology.Distinguishability], 200, 1)[0];
    }
}
