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
    public void CrisisLog_GroupsMovesUnderTheirCrisis()
    {
        var recorder = new FinalStateRecorder(3, RunReport.Needs);
        recorder.Event(new EngineEvent(2, EventKind.CrisisStart, [0, 1], "B threatens A"));
        recorder.Event(new EngineEvent(2, EventKind.CrisisStart, [1, 2], "B threatens C"));
        recorder.Event(new EngineEvent(3, EventKind.Mobilization, [0], "A mobilizes"));
        recorder.Event(new EngineEvent(3, EventKind.BackDown, [1, 2], "B backs down before C"));
        recorder.Event(new EngineEvent(4, EventKind.CrisisEnd, [1, 2], "settled"));
        recorder.Event(new EngineEvent(5, EventKind.AllianceFormed, [0, 2], "A and C ally"));
        recorder.Event(new EngineEvent(5, EventKind.Arming, [0], "A arms"));
        Assert.Equal(6, recorder.Events.Count); // arming is not kept: the report does not need it
        var report = RunReport.Single(Result(), recorder);

        var crises = (List<Dictionary<string, object?>>)report["crises"]!;
        Assert.Equal(2, crises.Count);
        Assert.Equal(new[] { "A", "B" }, crises[0]["states"]);
        Assert.Null(crises[0]["end"]);
        Assert.Single((List<object>)crises[0]["moves"]!);
        Assert.Equal(4, crises[1]["end"]);
        Assert.Equal("settled", crises[1]["outcome"]);
        var moves = (List<object>)crises[1]["moves"]!;
        Assert.Equal(EventKind.BackDown, ((Dictionary<string, object?>)moves.Single())["kind"]);

        var changes = (Dictionary<string, object?>[])((Dictionary<string, object?>)report["alliances"]!)["changes"]!;
        Assert.Equal(new[] { "A", "C" }, changes.Single()["states"]);
    }
}
