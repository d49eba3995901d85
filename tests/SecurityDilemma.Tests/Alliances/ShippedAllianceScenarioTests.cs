using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Scenarios;
using Xunit.Abstractions;

namespace SecurityDilemma.Tests.Alliances;

/// <summary>The statements the shipped alliance scenarios' headers make, over 200 seeded replications each, with their figures printed.</summary>
public class ShippedAllianceScenarioTests(ITestOutputHelper output)
{
    private const int Replications = 200;

    private static Scenario Load(string name) => ScenarioDocument.Load(RepoFiles.Path($"scenarios/{name}.yaml")).Build();

    [Fact]
    public void July1914_MostWarsBetweenTwoStatesDrawInAllies()
    {
        var scenario = Load("july-1914");
        int wars = 0, widened = 0;
        var chain = new double[Replications];
        for (var r = 0; r < Replications; r++)
        {
            var run = Simulation.Run(scenario, scenario.Seed + (ulong)r);
            wars += run.Wars.Count;
            widened += run.Wars.Count(w => w.Sides[0].Count + w.Sides[1].Count > 2);
            chain[r] = run.Metrics.ChainGangEvents;
        }

        var share = Estimate.Proportion(widened, wars);
        output.WriteLine($"july-1914, {Replications} replications: {wars} wars, {widened} drew in allies: chain-ganging share of wars {share}");
        output.WriteLine($"chain_gang_events per run {Estimate.Mean(chain)}");
        Assert.True(share.Value > 0.5, $"most wars should draw in allies: {share}");
        Assert.True(chain.Average() > 0);
    }

    [Fact]
    public void Thirties_BuckPassingIsCommonBeforeTheFirstWar()
    {
        var scenario = Load("thirties");
        var before = new double[Replications];
        var statusQuo = 0;
        int runsWithBuckPassing = 0, wars = 0, byGreedy = 0;
        for (var r = 0; r < Replications; r++)
        {
            var log = new EventLog();
            var run = Simulation.Run(scenario, scenario.Seed + (ulong)r, log);
            var first = run.Metrics.FirstWarYear ?? int.MaxValue;
            var passes = log.Events.Where(e => e.Kind == EventKind.BuckPass && e.Year < first).ToList();
            before[r] = passes.Count;
            runsWithBuckPassing += passes.Count > 0 ? 1 : 0;
            statusQuo += passes.Count(e => scenario.States[e.States[0]].Motive == Motive.SecuritySeeker);
            wars += run.Wars.Count;
            byGreedy += run.Wars.Count(w => w.Motives[w.Initiator] == Motive.Greedy);
        }

        var runs = Estimate.Proportion(runsWithBuckPassing, Replications);
        output.WriteLine($"thirties, {Replications} replications: buck-passing events before the first war per run {Estimate.Mean(before)}");
        output.WriteLine($"runs with buck passing before the first war {runs}; by status-quo states {statusQuo} of {before.Sum()} events");
        output.WriteLine($"wars {wars}, initiated by the greedy state {byGreedy}");
        Assert.True(runs.Lower > 0.5, $"buck passing should be common before the first war: {runs}");
        Assert.True(statusQuo > before.Sum() / 2, "most buck passing should be by the status-quo states");
        Assert.Equal(wars, byGreedy);
    }

    [Fact]
    public void Bipolar_ShowsLittleOfEither()
    {
        var bipolar = Load("bipolar");
        var chain = new double[Replications];
        var buck = new double[Replications];
        for (var r = 0; r < Replications; r++)
        {
            var run = Simulation.Run(bipolar, bipolar.Seed + (ulong)r);
            chain[r] = run.Metrics.ChainGangEvents;
            buck[r] = run.Metrics.BuckPassEvents;
        }

        output.WriteLine($"bipolar, {Replications} replications: chain_gang_events per run {Estimate.Mean(chain)}, buck_pass_events per run {Estimate.Mean(buck)}");
        Assert.True(Estimate.Mean(chain).Upper < 0.5, "chain ganging should be rare in the bipolar world");
        Assert.True(Estimate.Mean(buck).Upper < 0.5, "buck passing should be rare in the bipolar world");
    }
}
