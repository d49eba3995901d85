using SecurityDilemma.Cli.Output;
using SecurityDilemma.Engine;
using SecurityDilemma.Runs;
using SecurityDilemma.Scenarios;

namespace SecurityDilemma.Cli.Tests.Run;

/// <summary>The interpretation lines and the crisis log, on hand-made results (the engine is tested elsewhere).</summary>
public class RunReportTests
{
    private static readonly Scenario World = new()
    {
        Name = "w",
        Years = 10,
        States = [new StateSpec { Name = "A" }, new StateSpec { Name = "B", Motive = Motive.Greedy }, new StateSpec { Name = "C" }],
    };

    private static RunResult Result(params WarRecord[] wars) => new()
    {
        Scenario = World,
        Seed = 1,
        Years = 10,
        Wars = wars,
        Metrics = new RunMetrics { WarOccurred = wars.Length > 0, FinalMeanTrust = 0.2, SpiralIndex = 0.3 },
    };

    private static WarRecord War(string initiator, string target, bool preemptive) => new()
    {
        Start = 3,
        End = 5,
        Sides = [[initiator], [target]],
        Initiator = initiator,
        Preemptive = preemptive,
        Motives = new Dictionary<string, Motive> { [initiator] = World.States.First(s => s.Name == initiator).Motive, [target] = World.States.First(s => s.Name == target).Motive },
    };

    [Fact]
    public void Interpretation_NamesTragicPreemptiveAndAggressiveWars()
    {
        var tragic = string.Join('\n', RunConsole.Interpret(Result(War("A", "C", preemptive: true))));
        Assert.Contains("War in years 3-5: A vs C, started by A, A struck first fearing attack (preemption); tragic war: all belligerents were security seekers.", tragic, StringComparison.Ordinal);
        Assert.Contains("Mean trust went from 0.50 (priors) to 0.20", tragic, StringComparison.Ordinal);
        Assert.Contains("A spiral: trust fell while arms rose", tragic, StringComparison.Ordinal);

        var aggression = string.Join('\n', RunConsole.Interpret(Result(War("B", "A", preemptive: false))));
        Assert.Contains("war of aggression: the initiator was greedy", aggression, StringComparison.Ordinal);
        Assert.DoesNotContain("tragic", aggression, StringComparison.Ordinal);

        Assert.Contains("No war in 10 years.", RunConsole.Interpret(Result()));
    }

    [Fact]
    public void CrisisLogAndAlliances_AreTheEnginesRecords()
    {
        // The engine keeps the crisis log and the alliances; the report passes them through unchanged.
        IReadOnlyList<CrisisRecord> crises =
        [
            new CrisisRecord
            {
                Start = 2,
                End = 4,
                Parties = ["B", "C"],
                Trigger = "demand",
                Threats = new Dictionary<string, double> { ["B"] = 0.1, ["C"] = 0.4 },
                Moves = [new CrisisMove(3, "C", "back_down", "C backs down before B")],
                Outcome = "backed_down",
            },
        ];
        IReadOnlyList<AllianceRecord> alliances =
            [new AllianceRecord { Kind = "alliance", Members = ["A", "C"], Commitment = 0.5, Formed = 5, Origin = "decision" }];
        var recorder = new FinalStateRecorder(3, RunReport.Needs);
        recorder.Event(new EngineEvent(5, EventKind.AllianceFormed, [0, 2], "A and C ally"));
        recorder.Event(new EngineEvent(5, EventKind.Arming, [0], "A arms"));
        Assert.Single(recorder.Events); // arming is not kept: the report does not need it

        var report = RunReport.Single(Result() with { Crises = crises, Alliances = alliances }, recorder);
        Assert.Same(crises, report["crises"]);
        Assert.Same(alliances, report["alliances"]);
    }
}
