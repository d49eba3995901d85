using System.Text.Json;
using SecurityDilemma.Analysis.Diagnosis;
using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Engine;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Web.Explore;
using SecurityDilemma.Web.Hosting;
using SecurityDilemma.Web.Play;
using SecurityDilemma.Web.Tests.Api;

namespace SecurityDilemma.Web.Tests.Play;

/// <summary>What a game keeps is the evidence the analyses read: a game nobody steers is diagnosed exactly as the run.</summary>
public sealed class GameEvidenceTests
{
    [Theory]
    [InlineData("multipolar", 12)]
    [InlineData("july-1914", 20)]
    public void AGameWithoutPlayers_GivesTheRunsEvidenceAndDiagnosis(string name, int years)
    {
        var document = ScenarioDocument.Load(Path.Combine(ScenarioApiTests.RepoRoot(), "scenarios", name + ".yaml")).With($"years={years}");
        var scenario = document.Build();
        var recorder = new RoomRecorder(scenario.States.Count);
        var sim = new SteppedSimulation(scenario, scenario.Seed);
        while (!sim.Finished)
        {
            recorder.BeginYear();
            sim.Step(null, recorder);
        }

        var game = recorder.Evidence("memory", document, scenario, sim.Result());
        var run = RunEvidence.Simulate(document);
        Assert.Equal(run.Series, game.Series);
        Assert.Equal(run.Trust, game.Trust);
        Assert.True(game.Trust.Count > 0);
        Assert.Equal(run.Wars.Count, game.Wars.Count);
        Assert.Equal(Json(Diagnoser.Diagnose(run, 4, 1)), Json(Diagnoser.Diagnose(game, 4, 1)));
    }

    [Fact]
    public void TheGreedyShareSlider_KeepsADocumentThatBuildsTheSameWorld()
    {
        var factory = new ScenarioFactory(new ShippedScenarios(), new ServerLimits());
        var prepared = factory.Prepare("multipolar", null, 3, 10, new Settings { GreedyShare = 0.4, WorstCaseBias = 0.5 });
        Assert.NotNull(prepared.Document);
        var rebuilt = prepared.Document!.Build();
        Assert.Equal(prepared.Scenario.States.Select(s => s.Motive), rebuilt.States.Select(s => s.Motive));
        Assert.Equal(2, rebuilt.States.Count(s => s.Motive == Motive.Greedy));
        Assert.All(rebuilt.States, s => Assert.Equal(0.5, s.WorstCaseBias));
        Assert.Equal(Simulation.Run(prepared.Scenario, 3).Metrics, Simulation.Run(rebuilt, 3).Metrics);

        var resized = factory.Prepare("multipolar", null, null, 10, new Settings { States = 7 });
        Assert.Null(resized.Document);
        Assert.Equal(7, resized.Scenario.States.Count);
    }

    private static string Json(DiagnosisReport report) => JsonSerializer.Serialize(report, WebJson.Options);
}
