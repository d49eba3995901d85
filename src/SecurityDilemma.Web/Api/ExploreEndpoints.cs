using SecurityDilemma.Analysis.Evidence;
using SecurityDilemma.Web.Explore;
using SecurityDilemma.Web.Hosting;
using SecurityDilemma.Web.Reading;

namespace SecurityDilemma.Web.Api;

/// <summary>The explorer's API: shipped scenarios, validation of an upload, a streamed run, a streamed four-worlds sweep.</summary>
internal static class ExploreEndpoints
{
    public static void Map(WebApplication app)
    {
        var limits = app.Services.GetRequiredService<ServerLimits>();
        var shipped = app.Services.GetRequiredService<ShippedScenarios>();
        var factory = app.Services.GetRequiredService<ScenarioFactory>();
        var gate = app.Services.GetRequiredService<RunGate>();

        app.MapGet("/api/limits", () => Results.Json(limits, WebJson.Options))
            .WithSummary("The server's limits on requests, runs and rooms.").Produces<ServerLimits>();

        app.MapGet("/api/scenarios", () => Results.Json(shipped.All.Select(s => new { s.Name, s.Summary, s.States, s.Years, s.Sliders }), WebJson.Options))
            .WithSummary("The shipped scenarios: name, summary, states, years, and the sliders' starting values.").Produces<ShippedScenario[]>();

        app.MapGet("/api/scenarios/{name}", (string name) => Results.Json(shipped.Get(name, "name"), WebJson.Options))
            .WithSummary("One shipped scenario with its YAML text.").Produces<ShippedScenario>().Produces<ApiError>(404);

        app.MapPost("/api/scenarios/validate", async (HttpContext ctx) =>
        {
            var request = await RequestBody.Read<ValidateRequest>(ctx.Request, limits, ctx.RequestAborted);
            var yaml = request.Yaml ?? throw ApiException.BadRequest("yaml is missing", "yaml", "the text of a scenario file");
            try
            {
                var scenario = factory.Build(null, yaml, null, null, null);
                return Results.Json(new { Ok = true, scenario.Name, States = scenario.States.Select(s => s.Name), scenario.Years }, WebJson.Options);
            }
            catch (ApiException e) when (e.Status == StatusCodes.Status400BadRequest)
            {
                // The request was fine; the verdict on the file is the answer (the page shows it at the field).
                return Results.Json(new { Ok = false, Error = e.Body }, WebJson.Options);
            }
        })
            .WithSummary("Checks a scenario file with the CLI's validator: ok, or the first mistake with its field, line and column.")
            .Accepts<ValidateRequest>("application/json").Produces(200).Produces<ApiError>(400).Produces<ApiError>(413);

        app.MapPost("/api/runs", async (HttpContext ctx) =>
        {
            var request = await RequestBody.Read<RunRequest>(ctx.Request, limits, ctx.RequestAborted);
            var scenario = factory.Build(request.Scenario, request.Yaml, request.Seed, request.Years, request.Settings);
            await Stream(ctx, gate, limits, (output, cancel) => RunStream.Write(output, scenario, scenario.Seed, cancel));
            return Results.Empty;
        })
            .WithSummary("Runs a scenario and streams it year by year as NDJSON (start, year..., end).")
            .Accepts<RunRequest>("application/json").Produces(200, contentType: "application/x-ndjson")
            .Produces<ApiError>(400).Produces<ApiError>(404).Produces<ApiError>(413).Produces<ApiError>(429);

        app.MapPost("/api/sweeps", async (HttpContext ctx) =>
        {
            var request = await RequestBody.Read<SweepRequest>(ctx.Request, limits, ctx.RequestAborted);
            var grid = ApiException.InRange(request.Grid, 4, 2, 8, "grid");
            var replications = ApiException.InRange(request.Replications, 4, 1, 50, "replications");
            var years = request.Years ?? 30;
            var probe = factory.Build(request.Scenario, request.Yaml, request.Seed, years, request.Settings);
            var work = (long)grid * grid * replications * probe.States.Count * probe.Years;
            if (work > limits.MaxSweepStateYears)
            {
                throw ApiException.BadRequest(
                    $"grid {grid}x{grid} x {replications} replications x {probe.States.Count} states x {probe.Years} years = {work} state-years, more than this server's sweep limit of {limits.MaxSweepStateYears}",
                    "replications", $"at most {limits.MaxSweepStateYears} state-years in all");
            }

            await Stream(ctx, gate, limits, (output, cancel) => SweepStream.Write(output,
                extra => factory.Build(request.Scenario, request.Yaml, request.Seed, years, request.Settings, extra), grid, replications, cancel));
            return Results.Empty;
        })
            .WithSummary("The four worlds: war rate over offense-defense balance x distinguishability, streamed cell by cell as NDJSON.")
            .Accepts<SweepRequest>("application/json").Produces(200, contentType: "application/x-ndjson")
            .Produces<ApiError>(400).Produces<ApiError>(404).Produces<ApiError>(413).Produces<ApiError>(429);

        app.MapPost("/api/diagnoses", (Func<HttpContext, Task<IResult>>)(ctx => Diagnose(ctx, factory, gate, limits)))
            .WithSummary("Diagnoses a run (the body of POST /api/runs) against the Butterfield/Herz/Jervis table and reads its world through every theory lens.")
            .Accepts<RunRequest>("application/json").Produces<WorldReading>()
            .Produces<ApiError>(400).Produces<ApiError>(404).Produces<ApiError>(413).Produces<ApiError>(429).Produces<ApiError>(503);
    }

    /// <summary>
    /// The diagnosis of one run and its lens reading (docs/diagnosis.md), within the reading's work limit, the client's
    /// share of concurrent runs and the per-run time limit.
    /// </summary>
    private static async Task<IResult> Diagnose(HttpContext ctx, ScenarioFactory factory, RunGate gate, ServerLimits limits)
    {
        var request = await RequestBody.Read<RunRequest>(ctx.Request, limits, ctx.RequestAborted);
        var prepared = factory.Prepare(request.Scenario, request.Yaml, request.Seed, request.Years, request.Settings);
        var document = prepared.Document ?? throw ApiException.BadRequest(
            "a world whose number of states the slider changed cannot be diagnosed: the diagnosis replays the scenario file with its own changes, and the file has another number of states",
            "settings.states", "the scenario's own number of states (leave the slider where it starts)");
        var scenario = prepared.Scenario;
        var replications = limits.ReadingReplications;
        var work = (long)scenario.States.Count * scenario.Years * replications * WorldReading.WorldsPerReplicate;
        if (work > limits.MaxReadingStateYears)
        {
            throw ApiException.BadRequest(
                $"a diagnosis replays this world {replications * WorldReading.WorldsPerReplicate} times: {scenario.States.Count} states x {scenario.Years} years x {replications * WorldReading.WorldsPerReplicate} = {work} state-years, more than this server's limit of {limits.MaxReadingStateYears}",
                "years", $"states x years at most {limits.MaxReadingStateYears / (replications * WorldReading.WorldsPerReplicate)}");
        }

        using var ticket = gate.Enter(ctx.Connection.RemoteIpAddress?.ToString() ?? "local");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ctx.RequestAborted);
        var note = $"The diagnosis reads this run (seed {scenario.Seed}): its wars, beliefs and arming (aspects 2 to 8) and its stage games. Its counterfactual aspects "
            + $"(1 and 9 to 12) and the lens readings replay the world {replications} times on seeds {scenario.Seed} to {scenario.Seed + (ulong)replications - 1}, the first being this run.";
        var reading = Task.Run(() => WorldReading.Of(RunEvidence.Simulate(document, scenario.Seed), replications, note, "This run", timeout.Token), timeout.Token);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var result = await reading.WaitAsync(limits.RunTimeLimit, ctx.RequestAborted);

            // The timeout's timer may fire late when the reading's parallel loops hold every pool thread, so the wall
            // clock decides too: a reading that took longer than the limit is refused even if it finished first.
            if (clock.Elapsed <= limits.RunTimeLimit)
            {
                return Results.Json(result, WebJson.Options);
            }
        }
        catch (TimeoutException)
        {
            await timeout.CancelAsync();
        }

        return Results.Json(new ApiError($"stopped: the diagnosis took longer than this server's time limit of {limits.RunTimeLimit.TotalSeconds:G} s per run; try fewer years or states"),
            WebJson.Options, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Admits the run for this client, streams it under the time limit, and ends the stream with an error line if the limit is reached.</summary>
    private static async Task Stream(HttpContext ctx, RunGate gate, ServerLimits limits, Func<NdjsonWriter, CancellationToken, Task> body)
    {
        using var ticket = gate.Enter(ctx.Connection.RemoteIpAddress?.ToString() ?? "local");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ctx.RequestAborted);
        timeout.CancelAfter(limits.RunTimeLimit);
        NdjsonWriter.Begin(ctx.Response);
        var output = new NdjsonWriter(ctx.Response);
        try
        {
            await body(output, timeout.Token);
        }
        catch (OperationCanceledException) when (!ctx.RequestAborted.IsCancellationRequested)
        {
            await output.Line(new { Type = "error", Error = $"stopped: the time limit of {limits.RunTimeLimit.TotalSeconds:G} s per run was reached" });
        }
    }
}
