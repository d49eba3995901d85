using SecurityDilemma.Engine;
using SecurityDilemma.Models.Statistics;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Tests.Claims;
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

    private static RunResult[] Runs(Scenario scenario) => [.. Enumerable.Range(0, Replications).Select(r => Simulation.Run(scenario, scenario.Seed + (ulong)r))];

    private static Scenario Perceiving(Scenario scenario, double balance) =>
        scenario with { States = [.. scenario.States.Select(s => s with { PerceivedOffenseDefenseBalance = balance })] };

    [Fact]
    public void July1914_CrisesComeEarlyCallUpsBackfireAndOneSideStrikesFirstUnlessLeadersSeeTheTruth()
    {
        var scenario = Load("july-1914");
        var runs = Runs(scenario);
        var firstCrisis = Estimate.Mean([.. runs.Select(r => (double)r.Crises.Min(c => c.Start))]);
        var backfire = Estimate.Mean([.. runs.Select(r => (double)r.Metrics.BackfireEvents)]);
        var preemptive = Estimate.Proportion(runs.Count(r => r.Metrics.PreemptiveWar), runs.Length);
        output.WriteLine($"july-1914: first crisis year {firstCrisis}; backfire events per run {backfire}; runs with a preemptive war {preemptive}");
        Assert.True(firstCrisis.Upper <= 3.0, "crises in the first years");
        Assert.True(backfire.AboveZero, "call-ups read as preparation for attack");
        Assert.True(preemptive.Lower > 0.5, "one strikes first");

        // Outcomes follow the actual (defensive) balance: against the same world whose technology is what the leaders
        // believe (balance 0.5), the side that was attacked wins more of the wars that end in victory.
        static Estimate DefenderWins(RunResult[] runs)
        {
            var won = runs.SelectMany(r => r.Wars).Where(w => w.Winner is not null).ToList();
            return Estimate.Proportion(won.Count(w => w.Winner != w.Initiator), won.Count);
        }

        var believed = Runs(scenario with { Technology = scenario.Technology with { OffenseDefenseBalance = 0.5 } });
        var actual = output.Report("share of victories won by the attacked side, actual balance 2", DefenderWins(runs));
        var expected = output.Report("the same, in the world the leaders believe in (balance 0.5)", DefenderWins(believed));
        Assert.InRange(actual.Value, 0.65, 0.85); // "about three in four"
        Assert.True(actual.Lower > expected.Upper, "the defense wins more often than the leaders' offensive creed expects");

        // Leaders who see the truth (perceived balance 2) keep the peace.
        var truth = output.Report("war rate when leaders see the truth", Estimate.Proportion(Runs(Perceiving(scenario, 2.0)).Count(r => r.Metrics.WarOccurred), Replications));
        Assert.True(truth.Upper < 0.05);
    }

    [Fact]
    public void Thirties_FewAlliancesNobodyJoinsTheVictimAndFearOfQuickDefeatBringsWarSooner()
    {
        var scenario = Load("thirties");
        var runs = Runs(scenario);
        var formed = Estimate.Mean([.. runs.Select(r => (double)r.Alliances.Count(a => a.Origin == "decision"))]);
        var wars = runs.SelectMany(r => r.Wars).ToList();
        var joined = wars.Count(w => w.Sides.Sum(side => side.Count) > 2);
        output.WriteLine($"thirties: alliances and guarantees formed per run {formed}; {wars.Count} wars, {joined} joined by a third state");
        Assert.True(formed.Upper < 1.0, "few alliances form");
        Assert.True(wars.Count > 0);
        Assert.Equal(0, joined);

        var fearful = Runs(Perceiving(scenario, 0.5));
        var rate = output.Report("war rate, perceived balance 3", Estimate.Proportion(runs.Count(r => r.Metrics.WarOccurred), Replications));
        var fearRate = output.Report("war rate, perceived balance 0.5", Estimate.Proportion(fearful.Count(r => r.Metrics.WarOccurred), Replications));
        static double[] First(RunResult[] runs) => [.. runs.Where(r => r.Metrics.FirstWarYear.HasValue).Select(r => (double)r.Metrics.FirstWarYear!.Value)];
        var sooner = output.Report("first war year, perceived 3 - perceived 0.5", Estimate.Difference(First(runs), First(fearful)));
        Assert.True(fearRate.Lower > rate.Upper, "wars come in more runs");
        Assert.True(sooner.AboveZero, "wars come sooner");
    }
}
